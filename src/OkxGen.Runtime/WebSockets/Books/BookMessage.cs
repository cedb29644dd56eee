using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OkxGen.Serialization;

namespace OkxGen.WebSockets.Books;

/// <summary>One item of an order book push's <c>data</c>.</summary>
internal sealed class BookMessage
{
    public List<OkxBookLevel> Asks { get; } = [];

    public List<OkxBookLevel> Bids { get; } = [];

    public DateTimeOffset? Ts { get; set; }

    public long Checksum { get; set; }

    public long? PrevSeqId { get; set; }

    public long? SeqId { get; set; }

    public bool IsEmpty => Asks.Count == 0 && Bids.Count == 0;
}

/// <summary>Reads an order book push item: levels as arrays of strings, sequence numbers as numbers.</summary>
internal sealed class BookMessageReader : OkxResponseReader<BookMessage>
{
    public static BookMessageReader Instance { get; } = new();

    public override BookMessage ReadItem(ref Utf8JsonReader reader)
    {
        OkxJsonValueReader.ReadStartObject(ref reader, "book");
        var message = new BookMessage();
        while (OkxJsonValueReader.TryReadPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("asks"u8))
            {
                reader.Read();
                ReadLevels(ref reader, message.Asks, "asks");
            }
            else if (reader.ValueTextEquals("bids"u8))
            {
                reader.Read();
                ReadLevels(ref reader, message.Bids, "bids");
            }
            else if (reader.ValueTextEquals("ts"u8))
            {
                reader.Read();
                message.Ts = OkxJsonValueReader.ReadUnixMilliseconds(ref reader, "ts");
            }
            else if (reader.ValueTextEquals("checksum"u8))
            {
                reader.Read();
                message.Checksum = OkxJsonValueReader.ReadInt64(ref reader, "checksum") ?? 0;
            }
            else if (reader.ValueTextEquals("prevSeqId"u8))
            {
                reader.Read();
                message.PrevSeqId = OkxJsonValueReader.ReadInt64(ref reader, "prevSeqId");
            }
            else if (reader.ValueTextEquals("seqId"u8))
            {
                reader.Read();
                message.SeqId = OkxJsonValueReader.ReadInt64(ref reader, "seqId");
            }
            else
            {
                reader.Skip();
            }
        }

        return message;
    }

    private static void ReadLevels(ref Utf8JsonReader reader, List<OkxBookLevel> levels, string side)
    {
        if (!OkxJsonValueReader.ReadStartArray(ref reader, side))
        {
            return;
        }

        while (OkxJsonValueReader.TryReadArrayItem(ref reader))
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new OkxResponseException($"A level of '{side}' is not an array.");
            }

            reader.Read();
            string price = Text(ref reader, side);
            reader.Read();
            string size = Text(ref reader, side);
            string orders = "";
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                reader.Skip();
                reader.Read();
                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    orders = Text(ref reader, side);
                    reader.Read();
                }
            }

            while (reader.TokenType != JsonTokenType.EndArray)
            {
                reader.Skip();
                reader.Read();
            }

            levels.Add(new OkxBookLevel(price, size, orders, Parse(price, side), Parse(size, side)));
        }
    }

    private static string Text(ref Utf8JsonReader reader, string side) => reader.TokenType == JsonTokenType.String
        ? reader.GetString()!
        : throw new OkxResponseException($"A level of '{side}' holds a {reader.TokenType} where OKX sends a string.");

    private static decimal Parse(string text, string side) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw new OkxResponseException($"A level of '{side}' holds '{text}', not a number.");
}
