namespace OkxGen.SourceGeneration.Model;

/// <summary>How one value is written.</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="TypeName">The <c>global::</c> type name of an enum or object value; <see langword="null"/> otherwise.</param>
/// <param name="Element">The element of a list value; <see langword="null"/> otherwise.</param>
/// <param name="IsReferenceType">Whether the value can be <see langword="null"/> at run time despite its annotation.</param>
/// <param name="CountProperty">The length property of a list value: <c>Length</c> or <c>Count</c>.</param>
/// <param name="WireValuesName">The <c>global::</c> name of the class holding an enum value's wire values; <see langword="null"/> otherwise.</param>
internal sealed record ValueSpec(
    ValueKind Kind,
    string? TypeName,
    ValueSpec? Element,
    bool IsReferenceType,
    string? CountProperty,
    string? WireValuesName = null)
{
    public static ValueSpec Scalar(ValueKind kind, bool isReferenceType) => new(kind, null, null, isReferenceType, null);
}

/// <summary>The kinds of value a serializer can write.</summary>
internal enum ValueKind
{
    /// <summary>A string, escaped.</summary>
    String,

    /// <summary>A decimal, as a string in the invariant culture.</summary>
    Decimal,

    /// <summary>An <see cref="int"/>, or a narrower integer (<c>sbyte</c>, <c>byte</c>, <c>short</c>, <c>ushort</c>) written through it, as a string.</summary>
    Int32,

    /// <summary>A <see cref="long"/>, or a <c>uint</c> written through it, as a string.</summary>
    Int64,

    /// <summary>A <see cref="ulong"/>, as a string.</summary>
    UInt64,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An enum, as its wire value.</summary>
    Enum,

    /// <summary>A nested object.</summary>
    Object,

    /// <summary>A list: a JSON array, or a comma-separated query value.</summary>
    List,

    /// <summary>A <c>DateTimeOffset</c> as OKX's Unix milliseconds: a string in a body, digits in a query.</summary>
    UnixMilliseconds,
}
