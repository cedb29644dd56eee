using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks.Alternatives;

/// <summary>(d) One <see cref="Utf8JsonWriter"/> and one <see cref="ArrayBufferWriter{T}"/>, reset and reused for every call; keys written in sorted order by hand.</summary>
internal sealed class Utf8JsonWriterSerializer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public Utf8JsonWriterSerializer() => _writer = new Utf8JsonWriter(_buffer);

    /// <summary>Writes the body and returns it; the span is valid until the next call.</summary>
    public ReadOnlySpan<byte> Serialize(PlaceOrderRequest order)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        Utf8JsonWriter w = _writer;
        w.WriteStartObject();
        if (order.AttachAlgoOrds is { } attached)
        {
            w.WriteStartArray("attachAlgoOrds"u8);
            for (int i = 0; i < attached.Count; i++)
            {
                AttachedAlgoOrder algo = attached[i];
                w.WriteStartObject();
                if (algo.AttachAlgoClOrdId is { } id)
                {
                    w.WriteString("attachAlgoClOrdId"u8, id);
                }

                WriteDecimal(w, "slOrdPx"u8, algo.SlOrdPx);
                WriteDecimal(w, "slTriggerPx"u8, algo.SlTriggerPx);
                WriteDecimal(w, "tpOrdPx"u8, algo.TpOrdPx);
                WriteDecimal(w, "tpTriggerPx"u8, algo.TpTriggerPx);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (order.ClOrdId is { } clOrdId)
        {
            w.WriteString("clOrdId"u8, clOrdId);
        }

        w.WriteString("instId"u8, order.InstId);
        w.WriteString("ordType"u8, WireNames.Utf8(order.OrdType));
        WriteDecimal(w, "px"u8, order.Px);
        if (order.ReduceOnly is { } reduceOnly)
        {
            w.WriteBoolean("reduceOnly"u8, reduceOnly);
        }

        w.WriteString("side"u8, WireNames.Utf8(order.Side));
        WriteDecimal(w, "sz"u8, order.Sz);
        if (order.Tag is { } tag)
        {
            w.WriteString("tag"u8, tag);
        }

        w.WriteString("tdMode"u8, WireNames.Utf8(order.TdMode));
        w.WriteEndObject();
        w.Flush();
        return _buffer.WrittenSpan;
    }

    public void Dispose() => _writer.Dispose();

    private static void WriteDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } number)
        {
            Span<byte> digits = stackalloc byte[32];
            number.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
            writer.WriteString(name, digits[..length]);
        }
    }
}
