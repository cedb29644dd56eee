using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace OkxGen.ReliabilityTests.Support;

/// <summary>
/// A deliberately naive canonical JSON model, independent of the generator and of the runtime writers: a tree of
/// values, keys sorted with <see cref="string.CompareOrdinal(string, string)"/>, strings escaped one character at a time.
/// </summary>
internal abstract record JNode
{
    public abstract void WriteTo(StringBuilder text);

    public string ToJson()
    {
        var text = new StringBuilder();
        WriteTo(text);
        return text.ToString();
    }

    // Strings are valid UTF-16 here, so UTF-8 encoding never substitutes anything.
    public byte[] ToUtf8() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(ToJson());
}

internal sealed record JString(string Value) : JNode
{
    public override void WriteTo(StringBuilder text)
    {
        text.Append('"');
        foreach (char c in Value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}

internal sealed record JLiteral(bool Value) : JNode
{
    public override void WriteTo(StringBuilder text) => text.Append(Value ? "true" : "false");
}

internal sealed record JArray(IReadOnlyList<JNode> Items) : JNode
{
    public override void WriteTo(StringBuilder text)
    {
        text.Append('[');
        for (int i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Items[i].WriteTo(text);
        }

        text.Append(']');
    }
}

internal sealed record JObject : JNode
{
    public SortedDictionary<string, JNode> Members { get; } = new(StringComparer.Ordinal);

    public JObject Add(string key, JNode? value)
    {
        if (value is not null)
        {
            Members.Add(key, value);
        }

        return this;
    }

    public override void WriteTo(StringBuilder text)
    {
        text.Append('{');
        bool first = true;
        foreach (KeyValuePair<string, JNode> member in Members)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            new JString(member.Key).WriteTo(text);
            text.Append(':');
            member.Value.WriteTo(text);
        }

        text.Append('}');
    }
}

internal static class ReferenceText
{
    /// <summary>A decimal's exact text from its bits: the 96-bit integer with the point placed by the scale.</summary>
    public static string Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var integer = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        bool negative = bits[3] < 0 && !integer.IsZero;
        string digits = integer.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        string text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        return negative ? "-" + text : text;
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Percent-encodes UTF-8 outside RFC 3986's unreserved set, except ',', with upper-case hex.</summary>
    public static string Query(string value)
    {
        var text = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            bool unreserved = b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)',';
            if (unreserved)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
