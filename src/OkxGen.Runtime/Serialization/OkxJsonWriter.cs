using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace OkxGen.Serialization;

/// <summary>
/// Writes canonical JSON into a fixed buffer: no whitespace, one escaping rule, invariant numbers. Generated
/// serializers call it with their keys already sorted and escaped, so the output can only take one form.
/// </summary>
/// <remarks>
/// Strings are escaped exactly as Python's <c>json.dumps(..., ensure_ascii=False)</c> and RFC 8785 do: <c>"</c> and
/// <c>\</c> are escaped, <c>\b \f \n \r \t</c> use their short forms, other characters below U+0020 are written
/// <c>\u00xx</c> in lower-case hex, and everything else is written as raw UTF-8. The writer never allocates: when the
/// buffer is full it stops writing and <see cref="TryComplete"/> returns <see langword="false"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct OkxJsonWriter
{
    private static readonly SearchValues<char> CharactersToEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    private readonly Span<byte> _destination;
    private int _position;
    private bool _overflowed;
    private bool _needsSeparator;

    /// <summary>Creates a writer over <paramref name="destination"/>.</summary>
    public OkxJsonWriter(Span<byte> destination)
    {
        _destination = destination;
    }

    /// <summary>Gets the number of bytes written so far.</summary>
    public readonly int BytesWritten => _position;

    /// <summary>Returns whether everything fit, and the number of bytes written when it did.</summary>
    public readonly bool TryComplete(out int bytesWritten)
    {
        bytesWritten = _overflowed ? 0 : _position;
        return !_overflowed;
    }

    /// <summary>Writes <c>{</c>, preceded by a comma when a value came before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteStartObject() => WriteStart((byte)'{');

    /// <summary>Writes <c>}</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteEndObject() => WriteEnd((byte)'}');

    /// <summary>Writes <c>[</c>, preceded by a comma when a value came before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteStartArray() => WriteStart((byte)'[');

    /// <summary>Writes <c>]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteEndArray() => WriteEnd((byte)']');

    /// <summary>Writes a property name encoded at compile time, preceded by a comma when a member came before it.</summary>
    /// <param name="encodedName">The name as it goes on the wire, quotes and colon included: <c>"instId":</c>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteEncodedPropertyName(ReadOnlySpan<byte> encodedName)
    {
        WriteSeparatorIfNeeded();
        WriteBytes(encodedName);
        _needsSeparator = false;
    }

    /// <summary>Writes a value encoded at compile time, such as an enum's wire value, preceded by a comma when a value came before it.</summary>
    /// <param name="encodedValue">The value as it goes on the wire, quotes included: <c>"post_only"</c>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteEncodedValue(ReadOnlySpan<byte> encodedValue)
    {
        WriteSeparatorIfNeeded();
        WriteBytes(encodedValue);
        _needsSeparator = true;
    }

    /// <summary>Writes a string value, escaped by the canonical rule.</summary>
    /// <param name="value">The text to write.</param>
    /// <param name="memberName">The member the text comes from, named in the exception for invalid text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a lone UTF-16 surrogate.</exception>
    public void WriteStringValue(ReadOnlySpan<char> value, string memberName)
    {
        WriteSeparatorIfNeeded();
        if (TryWriteShortString(value))
        {
            _needsSeparator = true;
            return;
        }

        WriteByte((byte)'"');
        int consumed = 0;
        while (consumed < value.Length)
        {
            ReadOnlySpan<char> remaining = value[consumed..];
            int next = remaining.IndexOfAny(CharactersToEscape);
            ReadOnlySpan<char> plain = next < 0 ? remaining : remaining[..next];
            WriteUtf8(plain, memberName, consumed);
            if (next < 0)
            {
                break;
            }

            WriteEscaped(remaining[next]);
            consumed += next + 1;
        }

        WriteByte((byte)'"');
        _needsSeparator = true;
    }

    /// <summary>Writes a decimal as a JSON string in the invariant culture, keeping its scale (<c>0.010m</c> is <c>"0.010"</c>).</summary>
    public void WriteNumberAsString(decimal value)
    {
        WriteSeparatorIfNeeded();
        WriteByte((byte)'"');
        if (!_overflowed)
        {
            if (InvariantDecimalFormatter.TryFormat(value, _destination[_position..], out int written))
            {
                _position += written;
            }
            else
            {
                _overflowed = true;
            }
        }

        WriteByte((byte)'"');
        _needsSeparator = true;
    }

    /// <summary>Writes an integer as a JSON string in the invariant culture.</summary>
    public void WriteNumberAsString(long value) => WriteFormattedAsString(value);

    /// <summary>Writes an integer as a JSON string in the invariant culture.</summary>
    public void WriteNumberAsString(int value) => WriteFormattedAsString(value);

    /// <summary>Writes an integer as a JSON string in the invariant culture.</summary>
    public void WriteNumberAsString(ulong value) => WriteFormattedAsString(value);

    /// <summary>
    /// Writes an instant as OKX's Unix milliseconds in a JSON string (<c>"1597026383085"</c>), the form OKX's
    /// <c>begin</c>, <c>end</c>, <c>after</c> and <c>before</c> parameters take and its responses use.
    /// </summary>
    /// <param name="value">The instant; its offset does not matter, and ticks below a millisecond are truncated
    /// (toward the earlier instant), as <see cref="DateTimeOffset.ToUnixTimeMilliseconds"/> does.</param>
    public void WriteUnixMillisecondsAsString(DateTimeOffset value) => WriteFormattedAsString(value.ToUnixTimeMilliseconds());

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void WriteBooleanValue(bool value)
    {
        WriteSeparatorIfNeeded();
        WriteBytes(value ? "true"u8 : "false"u8);
        _needsSeparator = true;
    }

    private void WriteFormattedAsString<T>(T value)
        where T : IUtf8SpanFormattable
    {
        WriteSeparatorIfNeeded();
        WriteByte((byte)'"');
        if (!_overflowed)
        {
            if (value.TryFormat(_destination[_position..], out int written, default, CultureInfo.InvariantCulture))
            {
                _position += written;
            }
            else
            {
                _overflowed = true;
            }
        }

        WriteByte((byte)'"');
        _needsSeparator = true;
    }

    // Most OKX values (instrument ids, client order ids, tags) are short: one scalar pass that escapes and encodes as it
    // goes beats the general path's vectorized search and transcoder calls, which only pay off on long text. Writes
    // nothing, and leaves the text to the general path, when the buffer might be too small or on a lone surrogate
    // (whose error the general path reports with its index).
    private bool TryWriteShortString(ReadOnlySpan<char> value)
    {
        const int MaxLength = 64;
        const int MaxBytesPerChar = 6; // \u00XX
        Span<byte> destination = _destination[_position..];
        if (_overflowed || value.Length > MaxLength || destination.Length < (value.Length * MaxBytesPerChar) + 2)
        {
            return false;
        }

        int position = 0;
        destination[position++] = (byte)'"';
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < 0x80)
            {
                if (c >= ' ' && c != '"' && c != '\\')
                {
                    destination[position++] = (byte)c;
                }
                else
                {
                    position += EscapeInto(c, destination[position..]);
                }
            }
            else if (c < 0x800)
            {
                destination[position++] = (byte)(0xC0 | (c >> 6));
                destination[position++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (!char.IsSurrogate(c))
            {
                destination[position++] = (byte)(0xE0 | (c >> 12));
                destination[position++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[position++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[++i]);
                destination[position++] = (byte)(0xF0 | (codePoint >> 18));
                destination[position++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                destination[position++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                destination[position++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else
            {
                return false;
            }
        }

        destination[position++] = (byte)'"';
        _position += position;
        return true;
    }

    // The canonical escape of a character that needs one: the short forms, else \u00xx in lower-case hex.
    private static int EscapeInto(char c, Span<byte> destination)
    {
        ReadOnlySpan<byte> shortForm = c switch
        {
            '"' => "\\\""u8,
            '\\' => "\\\\"u8,
            '\b' => "\\b"u8,
            '\f' => "\\f"u8,
            '\n' => "\\n"u8,
            '\r' => "\\r"u8,
            '\t' => "\\t"u8,
            _ => default,
        };
        if (!shortForm.IsEmpty)
        {
            shortForm.CopyTo(destination);
            return shortForm.Length;
        }

        "\\u00"u8.CopyTo(destination);
        destination[4] = LowerHexDigit(c >> 4);
        destination[5] = LowerHexDigit(c & 0xF);
        return 6;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteStart(byte token)
    {
        WriteSeparatorIfNeeded();
        WriteByte(token);
        _needsSeparator = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteEnd(byte token)
    {
        WriteByte(token);
        _needsSeparator = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteSeparatorIfNeeded()
    {
        if (_needsSeparator)
        {
            WriteByte((byte)',');
        }
    }

    private void WriteEscaped(char c)
    {
        Span<byte> escaped = stackalloc byte[6];
        WriteBytes(escaped[..EscapeInto(c, escaped)]);
    }

    private void WriteUtf8(ReadOnlySpan<char> text, string memberName, int offset)
    {
        if (text.IsEmpty)
        {
            return;
        }

        OperationStatus status = Utf8.FromUtf16(
            text,
            _overflowed ? Span<byte>.Empty : _destination[_position..],
            out int charsRead,
            out int bytesWritten,
            replaceInvalidSequences: false);
        switch (status)
        {
            case OperationStatus.Done:
                _position += bytesWritten;
                break;
            case OperationStatus.InvalidData:
                throw OkxSerializationErrors.LoneSurrogate(memberName, offset + charsRead);
            default:
                // Out of room: stop writing, but still report invalid text, whatever the buffer size.
                _overflowed = true;
                ThrowIfLoneSurrogate(text[charsRead..], memberName, offset + charsRead);
                break;
        }
    }

    private static void ThrowIfLoneSurrogate(ReadOnlySpan<char> text, string memberName, int offset)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw OkxSerializationErrors.LoneSurrogate(memberName, offset + i);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteBytes(scoped ReadOnlySpan<byte> bytes)
    {
        if (_overflowed)
        {
            return;
        }

        if (bytes.TryCopyTo(_destination[_position..]))
        {
            _position += bytes.Length;
        }
        else
        {
            _overflowed = true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteByte(byte value)
    {
        if (_overflowed)
        {
            return;
        }

        if (_position < _destination.Length)
        {
            _destination[_position++] = value;
        }
        else
        {
            _overflowed = true;
        }
    }

    private static byte LowerHexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
