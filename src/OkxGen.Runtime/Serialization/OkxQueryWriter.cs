using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace OkxGen.Serialization;

/// <summary>
/// Writes a request path and its query string into a fixed buffer: <c>/path?k=v&amp;k2=v2</c>, with values
/// percent-encoded (UTF-8, upper-case hex) outside RFC 3986's unreserved set except <c>,</c>, which OKX's own
/// examples send as it is (<c>ccy=BTC,ETH</c>). Generated code calls it with the keys already sorted and encoded.
/// </summary>
/// <remarks>
/// The writer never allocates: when the buffer is full it stops writing and <see cref="TryComplete"/> returns
/// <see langword="false"/>. No parameter written means no <c>?</c>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct OkxQueryWriter
{
    private readonly Span<byte> _destination;
    private int _position;
    private bool _overflowed;
    private bool _hasParameters;

    /// <summary>Creates a writer over <paramref name="destination"/>.</summary>
    public OkxQueryWriter(Span<byte> destination)
    {
        _destination = destination;
    }

    /// <summary>Returns whether everything fit, and the number of bytes written when it did.</summary>
    public readonly bool TryComplete(out int bytesWritten)
    {
        bytesWritten = _overflowed ? 0 : _position;
        return !_overflowed;
    }

    /// <summary>Writes the request path; call it before any parameter.</summary>
    /// <param name="utf8Path">The path, for example <c>/api/v5/account/balance</c>.</param>
    public void WritePath(ReadOnlySpan<byte> utf8Path) => WriteBytes(utf8Path);

    /// <summary>Writes <c>?name=</c> for the first parameter and <c>&amp;name=</c> after it.</summary>
    /// <param name="encodedUtf8Name">The parameter name, already percent-encoded.</param>
    public void WriteParameterName(ReadOnlySpan<byte> encodedUtf8Name)
    {
        WriteByte(_hasParameters ? (byte)'&' : (byte)'?');
        WriteBytes(encodedUtf8Name);
        WriteByte((byte)'=');
        _hasParameters = true;
    }

    /// <summary>Writes <c>,</c> between the items of a list value.</summary>
    public void WriteListSeparator() => WriteByte((byte)',');

    /// <summary>Writes a value that is already percent-encoded, such as an enum's wire value.</summary>
    public void WriteEncodedValue(ReadOnlySpan<byte> encodedUtf8Value) => WriteBytes(encodedUtf8Value);

    /// <summary>Writes text, percent-encoded.</summary>
    /// <param name="value">The text to write.</param>
    /// <param name="memberName">The member the text comes from, named in the exception for invalid text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a lone UTF-16 surrogate.</exception>
    public void WriteStringValue(ReadOnlySpan<char> value, string memberName)
    {
        Span<byte> utf8 = stackalloc byte[4];
        int index = 0;
        while (index < value.Length)
        {
            char c = value[index];
            if (IsUnencoded(c))
            {
                WriteByte((byte)c);
                index++;
                continue;
            }

            if (Rune.DecodeFromUtf16(value[index..], out Rune rune, out int charsConsumed) != System.Buffers.OperationStatus.Done)
            {
                throw OkxSerializationErrors.LoneSurrogate(memberName, index);
            }

            int length = rune.EncodeToUtf8(utf8);
            for (int i = 0; i < length; i++)
            {
                WritePercentEncoded(utf8[i]);
            }

            index += charsConsumed;
        }
    }

    /// <summary>Writes a decimal in the invariant culture, keeping its scale.</summary>
    public void WriteNumber(decimal value)
    {
        if (_overflowed)
        {
            return;
        }

        // The JSON writer's formatter: one spelling of a decimal for bodies and queries alike.
        if (InvariantDecimalFormatter.TryFormat(value, _destination[_position..], out int written))
        {
            _position += written;
        }
        else
        {
            _overflowed = true;
        }
    }

    /// <summary>Writes an integer in the invariant culture.</summary>
    public void WriteNumber(long value) => WriteFormatted(value);

    /// <summary>Writes an integer in the invariant culture.</summary>
    public void WriteNumber(int value) => WriteFormatted(value);

    /// <summary>Writes an integer in the invariant culture.</summary>
    public void WriteNumber(ulong value) => WriteFormatted(value);

    /// <summary>Writes an instant as OKX's Unix milliseconds (<c>1597026383085</c>), the digits a JSON body would quote.</summary>
    /// <param name="value">The instant; its offset does not matter, and ticks below a millisecond are truncated
    /// (toward the earlier instant), as <see cref="DateTimeOffset.ToUnixTimeMilliseconds"/> does.</param>
    public void WriteUnixMilliseconds(DateTimeOffset value) => WriteFormatted(value.ToUnixTimeMilliseconds());

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void WriteBoolean(bool value) => WriteBytes(value ? "true"u8 : "false"u8);

    // RFC 3986 unreserved characters, plus ',' which OKX expects raw in comma-separated lists.
    private static bool IsUnencoded(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ',';

    private void WritePercentEncoded(byte value)
    {
        WriteByte((byte)'%');
        WriteByte(UpperHexDigit(value >> 4));
        WriteByte(UpperHexDigit(value & 0xF));
    }

    // Invariant numbers use only digits, '-' and '.', all unreserved: nothing to encode.
    private void WriteFormatted<T>(T value)
        where T : IUtf8SpanFormattable
    {
        if (_overflowed)
        {
            return;
        }

        if (value.TryFormat(_destination[_position..], out int written, default, CultureInfo.InvariantCulture))
        {
            _position += written;
        }
        else
        {
            _overflowed = true;
        }
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
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

    private static byte UpperHexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
