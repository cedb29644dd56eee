namespace OkxGen.SourceGeneration.Model;

/// <summary>An enum written as its members' wire values, by one generated class per enum type.</summary>
/// <param name="FullyQualifiedName">The <c>global::</c> name used in generated code.</param>
/// <param name="WireValues">Where the class holding its wire values is declared.</param>
/// <param name="Members">The members, one per distinct value, in declaration order.</param>
internal sealed record EnumTypeSpec(string FullyQualifiedName, HelperTypeSpec WireValues, ImmutableEquatableArray<EnumWireValueSpec> Members);

/// <summary>One enum member and its wire value in both encodings.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="JsonValue">The wire value JSON-escaped, without quotes.</param>
/// <param name="QueryValue">The wire value percent-encoded.</param>
internal sealed record EnumWireValueSpec(string Name, string JsonValue, string QueryValue);

/// <summary>One enum member and its wire value as OKX sends it, unescaped (what a reader compares with).</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="WireValue">The wire value.</param>
internal sealed record EnumMemberSpec(string Name, string WireValue);

/// <summary>A class the generator declares beside a user's type: a response reader or an enum's wire values.</summary>
/// <param name="Namespace">The namespace of the user's type, or <see langword="null"/> for the global namespace.</param>
/// <param name="Name">The class's simple name, for example <c>OrderAckOkxReader</c>.</param>
/// <param name="FullName">The class's <c>global::</c> name.</param>
/// <param name="HintName">The generated file's name.</param>
internal sealed record HelperTypeSpec(string? Namespace, string Name, string FullName, string HintName);
