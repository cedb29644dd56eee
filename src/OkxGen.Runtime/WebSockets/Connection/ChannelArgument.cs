using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// A subscription argument as name/value pairs. OKX echoes the argument in every push and may add members to it
/// (<c>uid</c> on private channels), so a push belongs to a subscription when it carries all of the subscription's pairs.
/// </summary>
internal sealed class ChannelArgument
{
    private readonly KeyValuePair<string, string>[] _pairs;

    private ChannelArgument(byte[] json, KeyValuePair<string, string>[] pairs)
    {
        Json = json;
        _pairs = pairs;
    }

    /// <summary>Gets the argument's canonical JSON, as sent in <c>args</c>.</summary>
    public byte[] Json { get; }

    public static ChannelArgument From(IOkxChannel channel)
    {
        byte[] buffer = new byte[256];
        int written;
        while (!channel.TryWriteArgument(buffer, out written))
        {
            buffer = new byte[checked(buffer.Length * 2)];
        }

        byte[] json = buffer.AsSpan(0, written).ToArray();
        return new ChannelArgument(json, ReadPairs(json));
    }

    public static KeyValuePair<string, string>[] ReadPairs(ReadOnlySpan<byte> json)
    {
        var pairs = new List<KeyValuePair<string, string>>(4);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            string value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.StartObject or JsonTokenType.StartArray => Skipped(ref reader, json),
                _ => Encoding.UTF8.GetString(reader.ValueSpan),
            };
            pairs.Add(new KeyValuePair<string, string>(name, value));
        }

        return pairs.ToArray();
    }

    /// <summary>Gets whether a push's argument carries every pair of this one.</summary>
    public bool IsMatchedBy(KeyValuePair<string, string>[] pushPairs)
    {
        foreach (KeyValuePair<string, string> pair in _pairs)
        {
            if (!Contains(pushPairs, pair))
            {
                return false;
            }
        }

        return true;
    }

    public bool SameAs(ChannelArgument other) => Json.AsSpan().SequenceEqual(other.Json);

    public override string ToString() => Encoding.UTF8.GetString(Json);

    private static bool Contains(KeyValuePair<string, string>[] pairs, KeyValuePair<string, string> wanted)
    {
        foreach (KeyValuePair<string, string> pair in pairs)
        {
            if (pair.Key == wanted.Key)
            {
                return pair.Value == wanted.Value;
            }
        }

        return false;
    }

    private static string Skipped(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]);
    }
}
