using System;
using System.Globalization;
using System.Text;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks.Alternatives;

/// <summary>
/// (e), (g) What a careful engineer writes by hand for this one request: literal keys in sorted order, straight into a
/// span, with OkxGen's escaping rule (quotes, backslash and controls escaped, everything else raw UTF-8).
/// </summary>
internal static class HandWrittenSerializer
{
    public static bool TryWrite(PlaceOrderRequest order, Span<byte> destination, out int bytesWritten)
    {
        var w = new SpanWriter(destination);
        w.Raw("{"u8);
        if (order.AttachAlgoOrds is { } attached)
        {
            w.Raw("\"attachAlgoOrds\":["u8);
            for (int i = 0; i < attached.Count; i++)
            {
                if (i > 0)
                {
                    w.Raw(","u8);
                }

                AttachedAlgoOrder algo = attached[i];
                w.Raw("{"u8);
                bool first = true;
                if (algo.AttachAlgoClOrdId is { } id)
                {
                    w.Raw("\"attachAlgoClOrdId\":"u8);
                    w.String(id);
                    first = false;
                }

                first = w.DecimalMember(first, "\"slOrdPx\":"u8, algo.SlOrdPx);
                first = w.DecimalMember(first, "\"slTriggerPx\":"u8, algo.SlTriggerPx);
                first = w.DecimalMember(first, "\"tpOrdPx\":"u8, algo.TpOrdPx);
                w.DecimalMember(first, "\"tpTriggerPx\":"u8, algo.TpTriggerPx);
                w.Raw("}"u8);
            }

            w.Raw("],"u8);
        }

        if (order.ClOrdId is { } clOrdId)
        {
            w.Raw("\"clOrdId\":"u8);
            w.String(clOrdId);
            w.Raw(","u8);
        }

        w.Raw("\"instId\":"u8);
        w.String(order.InstId);
        w.Raw(",\"ordType\":\""u8);
        w.Raw(WireNames.Utf8(order.OrdType));
        w.Raw("\""u8);
        if (order.Px is { } px)
        {
            w.Raw(",\"px\":"u8);
            w.Decimal(px);
        }

        if (order.ReduceOnly is { } reduceOnly)
        {
            w.Raw(reduceOnly ? ",\"reduceOnly\":true"u8 : ",\"reduceOnly\":false"u8);
        }

        w.Raw(",\"side\":\""u8);
        w.Raw(WireNames.Utf8(order.Side));
        w.Raw("\",\"sz\":"u8);
        w.Decimal(order.Sz);
        if (order.Tag is { } tag)
        {
            w.Raw(",\"tag\":"u8);
            w.String(tag);
        }

        w.Raw(",\"tdMode\":\""u8);
        w.Raw(WireNames.Utf8(order.TdMode));
        w.Raw("\"}"u8);
        return w.TryComplete(out bytesWritten);
    }

    private ref struct SpanWriter
    {
        private readonly Span<byte> _destination;
        private int _position;
        private bool _overflow;

        public SpanWriter(Span<byte> destination) => _destination = destination;

        public readonly bool TryComplete(out int bytesWritten)
        {
            bytesWritten = _overflow ? 0 : _position;
            return !_overflow;
        }

        public void Raw(scoped ReadOnlySpan<byte> bytes)
        {
            if (bytes.TryCopyTo(_destination[_position..]))
            {
                _position += bytes.Length;
            }
            else
            {
                _overflow = true;
            }
        }

        public bool DecimalMember(bool first, scoped ReadOnlySpan<byte> name, decimal? value)
        {
            if (value is not { } number)
            {
                return first;
            }

            if (!first)
            {
                Raw(","u8);
            }

            Raw(name);
            Decimal(number);
            return false;
        }

        public void Decimal(decimal value)
        {
            Span<byte> rest = _destination[_position..];
            if (rest.Length > 2 && value.TryFormat(rest[1..], out int length, default, CultureInfo.InvariantCulture) && length + 2 <= rest.Length)
            {
                rest[0] = (byte)'"';
                rest[length + 1] = (byte)'"';
                _position += length + 2;
            }
            else
            {
                _overflow = true;
            }
        }

        public void String(string value)
        {
            Raw("\""u8);
            ReadOnlySpan<char> text = value;

            // Fast path: printable ASCII without a quote or backslash is copied as it is.
            while (!text.IsEmpty)
            {
                int stop = IndexOfSpecial(text);
                ReadOnlySpan<char> plain = stop < 0 ? text : text[..stop];
                if (!plain.IsEmpty)
                {
                    Span<byte> rest = _destination[_position..];
                    if (Encoding.UTF8.GetMaxByteCount(plain.Length) <= rest.Length || Encoding.UTF8.GetByteCount(plain) <= rest.Length)
                    {
                        _position += Encoding.UTF8.GetBytes(plain, rest);
                    }
                    else
                    {
                        _overflow = true;
                        return;
                    }
                }

                if (stop < 0)
                {
                    break;
                }

                Escape(text[stop]);
                text = text[(stop + 1)..];
            }

            Raw("\""u8);
        }

        private static int IndexOfSpecial(ReadOnlySpan<char> text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x20 || c == '"' || c == '\\')
                {
                    return i;
                }
            }

            return -1;
        }

        private void Escape(char c)
        {
            switch (c)
            {
                case '"': Raw("\\\""u8); break;
                case '\\': Raw("\\\\"u8); break;
                case '\b': Raw("\\b"u8); break;
                case '\f': Raw("\\f"u8); break;
                case '\n': Raw("\\n"u8); break;
                case '\r': Raw("\\r"u8); break;
                case '\t': Raw("\\t"u8); break;
                default:
                    Span<byte> escaped = stackalloc byte[6];
                    "\\u00"u8.CopyTo(escaped);
                    escaped[4] = Hex(c >> 4);
                    escaped[5] = Hex(c & 0xF);
                    Raw(escaped);
                    break;
            }
        }

        private static byte Hex(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
    }
}

/// <summary>The OKX timestamp written digit by digit, for the hand-written variants: no format string, no culture.</summary>
internal static class HandTimestamp
{
    public const int Length = 24;

    public static void Write(DateTimeOffset time, Span<byte> d)
    {
        DateTime utc = time.UtcDateTime;
        Digits(d[..4], utc.Year);
        d[4] = (byte)'-';
        Digits(d.Slice(5, 2), utc.Month);
        d[7] = (byte)'-';
        Digits(d.Slice(8, 2), utc.Day);
        d[10] = (byte)'T';
        Digits(d.Slice(11, 2), utc.Hour);
        d[13] = (byte)':';
        Digits(d.Slice(14, 2), utc.Minute);
        d[16] = (byte)':';
        Digits(d.Slice(17, 2), utc.Second);
        d[19] = (byte)'.';
        Digits(d.Slice(20, 3), utc.Millisecond);
        d[23] = (byte)'Z';
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
