namespace OkxGen.SourceGeneration.Model;

/// <summary>How an endpoint's response items are read: the reader of its <c>Response</c> type and everything it reaches.</summary>
/// <param name="TypeName">The <c>global::</c> name of the response type.</param>
/// <param name="ReaderName">The <c>global::</c> name of the generated reader class.</param>
/// <param name="ObjectTypes">The object types read, the response type first.</param>
/// <param name="EnumTypes">The enum types read from their wire values.</param>
internal sealed record ResponseSpec(
    string TypeName,
    string ReaderName,
    ImmutableEquatableArray<ReadableObjectSpec> ObjectTypes,
    ImmutableEquatableArray<ReadableEnumSpec> EnumTypes);

/// <summary>A class, record or struct read from a JSON object.</summary>
/// <param name="TypeName">The <c>global::</c> name of the type.</param>
/// <param name="DisplayName">The type's name in messages.</param>
/// <param name="Reader">Where its reader is declared.</param>
/// <param name="Members">The members read, in declaration order.</param>
/// <param name="ConstructorArity">The number of constructor parameters filled from members.</param>
/// <param name="HasItemStatus">Whether the type has string <c>SCode</c> and <c>SMsg</c> members (OKX's per-item outcome).</param>
internal sealed record ReadableObjectSpec(
    string TypeName,
    string DisplayName,
    HelperTypeSpec Reader,
    ImmutableEquatableArray<ReadableMemberSpec> Members,
    int ConstructorArity,
    bool HasItemStatus);

/// <summary>One member read from a JSON property.</summary>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="DisplayName">The name used in exceptions, <c>Type.Property</c>.</param>
/// <param name="LocalName">The local variable that holds the value while the object is read.</param>
/// <param name="WireName">The JSON property name, unescaped.</param>
/// <param name="Value">How the value is read.</param>
/// <param name="ConstructorParameter">The constructor parameter the value goes to, or -1 when it is set in the initializer.</param>
internal sealed record ReadableMemberSpec(
    string PropertyName,
    string DisplayName,
    string LocalName,
    string WireName,
    ReadableValueSpec Value,
    int ConstructorParameter);

/// <summary>How one value is read.</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="TypeName">The <c>global::</c> name of the value's type, without <c>?</c>.</param>
/// <param name="IsNullable">Whether the declared type accepts <see langword="null"/>.</param>
/// <param name="IsValueType">Whether the type is a value type.</param>
/// <param name="Element">The element of a list; <see langword="null"/> otherwise.</param>
/// <param name="IsArray">Whether a list is an array (built as a list, then copied).</param>
/// <param name="ReaderName">The <c>global::</c> name of the reader of an enum or object value.</param>
internal sealed record ReadableValueSpec(
    ValueKind Kind,
    string TypeName,
    bool IsNullable,
    bool IsValueType,
    ReadableValueSpec? Element,
    bool IsArray,
    string? ReaderName);

/// <summary>An enum read from its members' wire values.</summary>
/// <param name="TypeName">The <c>global::</c> name of the enum.</param>
/// <param name="DisplayName">The enum's name in messages.</param>
/// <param name="Reader">Where its reader is declared.</param>
/// <param name="Members">The members and their unescaped wire values.</param>
internal sealed record ReadableEnumSpec(
    string TypeName,
    string DisplayName,
    HelperTypeSpec Reader,
    ImmutableEquatableArray<EnumMemberSpec> Members);
