using System;
using System.Collections.Generic;
using System.Text.Json;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>Writes the <c>data</c> array of a book push in OKX's shape: <c>[{"asks":[..],"bids":[..],"ts":"..","checksum":n,"prevSeqId":n,"seqId":n}]</c>.</summary>
internal static class BookPushWriter
{
    public static string Write(OkxBookPush push, DateTimeOffset now) => OkxJson.Write(writer =>
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        WriteLevels(writer, "asks", push.Asks);
        WriteLevels(writer, "bids", push.Bids);
        writer.WriteString("ts", WebSocketAnswers.Milliseconds(push.Ts ?? now));
        writer.WriteNumber("checksum", push.Checksum);
        writer.WriteNumber("prevSeqId", push.PrevSeqId);
        writer.WriteNumber("seqId", push.SeqId);
        writer.WriteEndObject();
        writer.WriteEndArray();
    });

    private static void WriteLevels(Utf8JsonWriter writer, string name, IReadOnlyList<string[]> levels)
    {
        writer.WriteStartArray(name);
        foreach (string[] level in levels)
        {
            writer.WriteStringArray(level);
        }

        writer.WriteEndArray();
    }
}
