namespace OkxGen.SourceGeneration.Model;

/// <summary>An enum written as its members' wire values.</summary>
/// <param name="FullyQualifiedName">The <c>global::</c> name used in generated code.</param>
/// <param name="Members">The members, one per distinct value, in declaration order.</param>
internal sealed record EnumTypeSpec(string FullyQualifiedName, ImmutableEquatableArray<EnumMemberSpec> Members);

/// <summary>One enum member and its wire value.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="EncodedValue">The wire value, already JSON-escaped (bodies) or percent-encoded (queries).</param>
internal sealed record EnumMemberSpec(string Name, string EncodedValue);
