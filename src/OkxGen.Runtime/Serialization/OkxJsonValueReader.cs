using System;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace OkxGen.Serialization;

/// <summary>
/// Reads OKX's JSON values the way OKX writes them: numbers as strings (<c>"43250.5"</c>), <c>""</c> for an absent
/// value, flags as <c>true</c> or <c>"true"</c>, times as Unix milliseconds. Generated response readers call it.
/// </summary>
/// <remarks>Each method starts on the value's token and leaves the reader on it.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OkxJsonValueReader
{
    // The longest number text accepted: a decimal has at most 29 digits, a sign, a point and an exponent.
    private const int MaxNumberLength = 64;

    // The most digits a ulong always holds: 10^19 - 1 < 2^64.
    private const int MaxShortDecimalDigits = 19;

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read, for the error message.</param>
    /// <exception cref="OkxResponseException">The token is not <c>{</c>.</exception>
    public static void ReadStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new OkxResponseException($"Expected a JSON object for {typeName}, found {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property name of the object being read.</summary>
    /// <param name="reader">The reader, on <c>{</c> or on the last token of the previous property's value.</param>
    /// <returns><see langword="false"/> at the end of the object.</returns>
    public static bool TryReadPropertyName(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// Gets the text of the property name or string value the reader is on, unescaped, as UTF-8 bytes: generated
    /// readers match property names and enum wire values with it.
    /// </summary>
    /// <param name="reader">The reader, on a property name or a string value.</param>
    /// <returns>The reader's own bytes, without a copy, unless the text holds escapes or spans buffer segments.</returns>
    /// <exception cref="InvalidOperationException">The text holds an escaped lone surrogate, which is not valid UTF-16.</exception>
    public static ReadOnlySpan<byte> GetPropertyName(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        byte[] name = new byte[reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length];
        return name.AsSpan(0, reader.CopyString(name));
    }

    /// <summary>Checks that the reader is on the start of an array, or on <c>null</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns><see langword="false"/> for <c>null</c> or <c>""</c>.</returns>
    /// <exception cref="OkxResponseException">The token is neither.</exception>
    public static bool ReadStartArray(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        return IsAbsent(ref reader) ? false : throw Mismatch(ref reader, memberName, "an array");
    }

    /// <summary>Moves to the next item of the array being read.</summary>
    /// <param name="reader">The reader, on <c>[</c> or on the last token of the previous item.</param>
    /// <returns><see langword="false"/> at the end of the array.</returns>
    public static bool TryReadArrayItem(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Whether the value is absent: <c>null</c> or <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns><see langword="true"/> for <c>null</c> and <c>""</c>.</returns>
    public static bool IsAbsent(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ||
        (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty && !reader.HasValueSequence);

    /// <summary>Reads a string; a number or a boolean is read as its JSON text.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns>The string, or <see langword="null"/> for <c>null</c>.</returns>
    public static string? ReadString(ref Utf8JsonReader reader, string memberName) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw Mismatch(ref reader, memberName, "a string"),
    };

    /// <summary>Reads a decimal written as a string (OKX's way) or as a number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns>The value, or <see langword="null"/> for <c>null</c> and <c>""</c>.</returns>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader, string memberName) =>
        TryGetPlainText(ref reader, out ReadOnlySpan<byte> text) && TryParseShortDecimal(text, out decimal value)
            ? value
            : ReadNumber<decimal>(ref reader, memberName, NumberStyles.Float, "a decimal number");

    /// <summary>Reads a 64-bit integer written as a string or as a number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns>The value, or <see langword="null"/> for <c>null</c> and <c>""</c>.</returns>
    public static long? ReadInt64(ref Utf8JsonReader reader, string memberName) =>
        TryGetPlainText(ref reader, out ReadOnlySpan<byte> text) && Utf8Parser.TryParse(text, out long value, out int consumed) && consumed == text.Length
            ? value
            : ReadNumber<long>(ref reader, memberName, NumberStyles.AllowLeadingSign, "a 64-bit integer");

    /// <summary>Reads a 32-bit integer written as a string or as a number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns>The value, or <see langword="null"/> for <c>null</c> and <c>""</c>.</returns>
    public static int? ReadInt32(ref Utf8JsonReader reader, string memberName) =>
        TryGetPlainText(ref reader, out ReadOnlySpan<byte> text) && Utf8Parser.TryParse(text, out int value, out int consumed) && consumed == text.Length
            ? value
            : ReadNumber<int>(ref reader, memberName, NumberStyles.AllowLeadingSign, "a 32-bit integer");

    /// <summary>Reads a flag written as <c>true</c>/<c>false</c> or as <c>"true"</c>/<c>"false"</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns>The value, or <see langword="null"/> for <c>null</c> and <c>""</c>.</returns>
    public static bool? ReadBoolean(ref Utf8JsonReader reader, string memberName)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                return false;
        }

        return IsAbsent(ref reader) ? null : throw Mismatch(ref reader, memberName, "true or false");
    }

    /// <summary>Reads a time written as Unix milliseconds, in a string or a number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>, for the error message.</param>
    /// <returns>The time in UTC, or <see langword="null"/> for <c>null</c> and <c>""</c>.</returns>
    public static DateTimeOffset? ReadUnixMilliseconds(ref Utf8JsonReader reader, string memberName)
    {
        long? milliseconds = ReadInt64(ref reader, memberName);
        if (milliseconds is not { } value)
        {
            return null;
        }

        try
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(value);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new OkxResponseException($"{memberName} holds {value}, which is not a time in Unix milliseconds.", exception);
        }
    }

    /// <summary>The error for an enum value that is not one of the enum's wire values.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="memberName">The member, as <c>Type.Member</c>.</param>
    /// <param name="enumName">The enum type's name.</param>
    /// <returns>The exception to throw.</returns>
    public static OkxResponseException UnknownEnumValue(ref Utf8JsonReader reader, string memberName, string enumName) =>
        new($"{memberName} holds {Describe(ref reader)}, which is not a wire value of {enumName}; declare the member nullable to read unknown values as null.");

    // The fast path of the number readers: the text of a number or a string without escapes, in one segment, for the
    // short decimal parser and Utf8Parser (both culture-free), which read what the invariant parse below reads; anything
    // they do not read whole (white space, an empty string, null, an error) goes the general way, so results and errors
    // stay the same.
    private static bool TryGetPlainText(ref Utf8JsonReader reader, out ReadOnlySpan<byte> text)
    {
        text = reader.ValueSpan;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Number && !reader.HasValueSequence && !reader.ValueIsEscaped;
    }

    // OKX's usual decimal, "43250.5" or "-0.001": an optional '-', at most 19 digits, at most one '.', nothing else. Its
    // digits are the decimal's integer and the digits after the point its scale, exactly what the invariant parse gives
    // (trailing zeros kept); any other text goes the general way.
    private static bool TryParseShortDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        bool negative = !text.IsEmpty && text[0] == (byte)'-';
        ulong digits = 0;
        int count = 0, scale = -1;
        foreach (byte character in negative ? text[1..] : text)
        {
            uint digit = (uint)(character - '0');
            if (digit <= 9)
            {
                if (++count > MaxShortDecimalDigits)
                {
                    return false;
                }

                digits = (digits * 10) + digit;
                scale += scale >= 0 ? 1 : 0;
            }
            else if (character == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (count == 0)
        {
            return false;
        }

        value = new decimal((int)digits, (int)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    // Numbers come as "43250.5" or 43250.5; parsed in the invariant culture, whatever the current one.
    private static T? ReadNumber<T>(ref Utf8JsonReader reader, string memberName, NumberStyles styles, string expected)
        where T : struct, INumberBase<T>
    {
        if (IsAbsent(ref reader))
        {
            return null;
        }

        Span<byte> buffer = stackalloc byte[MaxNumberLength];
        ReadOnlySpan<byte> text = buffer[..CopyNumberText(ref reader, buffer, memberName)];
        return T.TryParse(text, styles, CultureInfo.InvariantCulture, out T value)
            ? value
            : throw Mismatch(ref reader, memberName, expected);
    }

    // Copies the number's text, unescaped, into a scoped buffer; returns its length.
    private static int CopyNumberText(ref Utf8JsonReader reader, scoped Span<byte> buffer, string memberName)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number) ||
            reader.HasValueSequence ||
            reader.ValueSpan.Length > buffer.Length)
        {
            throw Mismatch(ref reader, memberName, "a number");
        }

        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            return reader.CopyString(buffer);
        }

        reader.ValueSpan.CopyTo(buffer);
        return reader.ValueSpan.Length;
    }

    private static OkxResponseException Mismatch(ref Utf8JsonReader reader, string memberName, string expected) =>
        new($"{memberName} expects {expected}, but the response holds {Describe(ref reader)}.");

    private static string Describe(ref Utf8JsonReader reader)
    {
        const int MaxShown = 64;
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
        {
            string text = reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : Encoding.UTF8.GetString(reader.ValueSpan);
            return text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "\u2026");
        }

        return reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            _ => reader.TokenType.ToString(),
        };
    }
}
