using System;
using System.ComponentModel;

namespace OkxGen.Serialization;

/// <summary>
/// The exceptions that generated serializers throw for values OKX cannot receive. Each names the member and the rule,
/// and is thrown before anything is sent.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OkxSerializationErrors
{
    /// <summary>A required or non-nullable member holds <see langword="null"/>.</summary>
    /// <param name="memberName">The member, as <c>Type.Member</c>.</param>
    public static ArgumentException RequiredMemberIsNull(string memberName) =>
        new($"{memberName} is required but is null; set it before sending the request.");

    /// <summary>A list holds a <see langword="null"/> element, which has no canonical form.</summary>
    /// <param name="memberName">The list member, as <c>Type.Member</c>.</param>
    /// <param name="index">The index of the null element.</param>
    public static ArgumentException NullListElement(string memberName, int index) =>
        new($"{memberName}[{index}] is null; lists sent to OKX cannot hold null elements.");

    /// <summary>An enum member holds a value that is not one of the enum's declared members.</summary>
    /// <param name="memberName">The member, as <c>Type.Member</c>.</param>
    /// <param name="value">The undefined value.</param>
    public static ArgumentOutOfRangeException UndefinedEnumValue<TEnum>(string memberName, TEnum value)
        where TEnum : struct, Enum =>
        new(memberName, value, $"{memberName} holds {value}, which is not a declared member of {typeof(TEnum).Name}, so it has no OKX wire value.");

    /// <summary>A string holds a lone UTF-16 surrogate, which has no UTF-8 form.</summary>
    /// <param name="memberName">The member, as <c>Type.Member</c>.</param>
    /// <param name="index">The index of the lone surrogate in the string.</param>
    public static ArgumentException LoneSurrogate(string memberName, int index) =>
        new($"{memberName} contains a lone UTF-16 surrogate at index {index}; text sent to OKX must be valid Unicode.");
}
