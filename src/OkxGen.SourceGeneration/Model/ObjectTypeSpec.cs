namespace OkxGen.SourceGeneration.Model;

/// <summary>A class, record or struct written as a JSON object (or, for a <c>GET</c> endpoint, as query parameters).</summary>
/// <param name="FullyQualifiedName">The <c>global::</c> name used in generated code.</param>
/// <param name="Members">The serialized members, sorted by the ordinal order of their wire names.</param>
internal sealed record ObjectTypeSpec(string FullyQualifiedName, ImmutableEquatableArray<MemberSpec> Members);

/// <summary>One serialized property.</summary>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="DisplayName">The name used in exceptions, <c>Type.Property</c>.</param>
/// <param name="LocalName">A local variable name for the value, unique within its type's writer.</param>
/// <param name="EncodedName">The wire name, already JSON-escaped (bodies) or percent-encoded (queries).</param>
/// <param name="Value">How the value is written.</param>
/// <param name="Nulls">What a <see langword="null"/> value means.</param>
internal sealed record MemberSpec(
    string PropertyName,
    string DisplayName,
    string LocalName,
    string EncodedName,
    ValueSpec Value,
    NullHandling Nulls);

/// <summary>What a member holding <see langword="null"/> means.</summary>
internal enum NullHandling
{
    /// <summary>The member is a non-nullable value type: it is always written.</summary>
    NeverNull,

    /// <summary>The member is nullable: <see langword="null"/> leaves it out.</summary>
    Omit,

    /// <summary>The member is a non-nullable reference: <see langword="null"/> is an error naming the member.</summary>
    Throw,
}
