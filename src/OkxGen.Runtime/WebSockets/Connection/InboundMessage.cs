using System;
using System.Text.Json;
using OkxGen.Serialization;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// The top level of one message from OKX, read in one pass: the strings that route it, and where its <c>arg</c> and
/// <c>data</c> lie in the message, so that the subscription reads <c>data</c> with its own reader.
/// </summary>
internal readonly record struct InboundMessage(
    string? Event,
    string? Code,
    string Msg,
    string? Id,
    string? Op,
    string? Action,
    string? ConnId,
    Range Arg,
    Range Data,
    long? InTime,
    long? OutTime)
{
    public bool HasArg => !Arg.Equals(default(Range));

    public bool HasData => !Data.Equals(default(Range));

    public static bool IsPong(ReadOnlySpan<byte> message) => message.SequenceEqual("pong"u8);

    public static InboundMessage Read(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An OKX WebSocket message is a JSON object.");
        }

        string? eventName = null, code = null, id = null, op = null, action = null, connId = null;
        string msg = "";
        Range arg = default, data = default;
        long? inTime = null, outTime = null;
        while (OkxJsonValueReader.TryReadPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("arg"u8))
            {
                reader.Read();
                arg = ValueRange(ref reader);
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                data = ValueRange(ref reader);
            }
            else if (reader.ValueTextEquals("event"u8))
            {
                reader.Read();
                eventName = OkxJsonValueReader.ReadString(ref reader, "event");
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                reader.Read();
                code = OkxJsonValueReader.ReadString(ref reader, "code");
            }
            else if (reader.ValueTextEquals("msg"u8))
            {
                reader.Read();
                msg = OkxJsonValueReader.ReadString(ref reader, "msg") ?? "";
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = OkxJsonValueReader.ReadString(ref reader, "id");
            }
            else if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = OkxJsonValueReader.ReadString(ref reader, "op");
            }
            else if (reader.ValueTextEquals("action"u8))
            {
                reader.Read();
                action = OkxJsonValueReader.ReadString(ref reader, "action");
            }
            else if (reader.ValueTextEquals("connId"u8))
            {
                reader.Read();
                connId = OkxJsonValueReader.ReadString(ref reader, "connId");
            }
            else if (reader.ValueTextEquals("inTime"u8))
            {
                reader.Read();
                inTime = OkxJsonValueReader.ReadInt64(ref reader, "inTime");
            }
            else if (reader.ValueTextEquals("outTime"u8))
            {
                reader.Read();
                outTime = OkxJsonValueReader.ReadInt64(ref reader, "outTime");
            }
            else
            {
                reader.Skip();
            }
        }

        return new InboundMessage(eventName, code, msg, id, op, action, connId, arg, data, inTime, outTime);
    }

    private static Range ValueRange(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }
}
