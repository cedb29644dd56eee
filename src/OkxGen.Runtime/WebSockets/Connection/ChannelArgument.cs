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
    // Names and values as UTF-8, the form a push is compared in.
    private readonly KeyValuePair<byte[], byte[]>[] _pairs;

    private ChannelArgument(byte[] json, KeyValuePair<byte[], byte[]>[] pairs)
    {
        Json = json;
        _pairs = pairs;
        Channel = Array.Find(pairs, pair => pair.Key.AsSpan().SequenceEqual("channel"u8)) is { Value: { } channel }
            ? Encoding.UTF8.GetString(channel)
            : "";
    }

    /// <summary>Gets the argument's canonical JSON, as sent in <c>args</c>.</summary>
    public byte[] Json { get; }

    /// <summary>Gets the value of the argument's <c>channel</c>, the channel's name.</summary>
    public string Channel { get; }

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

    private static KeyValuePair<byte[], byte[]>[] ReadPairs(ReadOnlySpan<byte> json)
    {
        var pairs = new List<KeyValuePair<byte[], byte[]>>(4);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            byte[] name = Unescaped(ref reader);
            reader.Read();
            byte[] value = reader.TokenType == JsonTokenType.String ? Unescaped(ref reader) : JsonText(ref reader, json);
            pairs.Add(new KeyValuePair<byte[], byte[]>(name, value));
        }

        return pairs.ToArray();
    }

    /// <summary>Gets whether a push's argument, its JSON object as received, carries every pair of this one.</summary>
    /// <remarks>Compares in place, allocating nothing.</remarks>
    public bool IsMatchedBy(ReadOnlySpan<byte> pushArgument)
    {
        Span<bool> found = _pairs.Length <= 16 ? stackalloc bool[_pairs.Length] : new bool[_pairs.Length];
        int matched = 0;
        var reader = new Utf8JsonReader(pushArgument);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index = IndexOfName(ref reader);
            reader.Read();
            if (index < 0 || found[index])
            {
                reader.Skip();
                continue;
            }

            if (!ValueEquals(ref reader, pushArgument, _pairs[index].Value))
            {
                return false;
            }

            found[index] = true;
            matched++;
        }

        return matched == _pairs.Length;
    }

    public bool SameAs(ChannelArgument other) => Json.AsSpan().SequenceEqual(other.Json);

    public override string ToString() => Encoding.UTF8.GetString(Json);

    private int IndexOfName(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < _pairs.Length; i++)
        {
            if (reader.ValueTextEquals(_pairs[i].Key))
            {
                return i;
            }
        }

        return -1;
    }

    // The value as ReadPairs reads it: a string unescaped, any other value as its JSON text.
    private static bool ValueEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, byte[] value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.ValueTextEquals(value);
        }

        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return json[start..(int)reader.BytesConsumed].SequenceEqual(value);
    }

    private static byte[] Unescaped(ref Utf8JsonReader reader)
    {
        byte[] text = new byte[reader.ValueSpan.Length];
        return text.AsSpan(0, reader.CopyString(text)).ToArray();
    }

    private static byte[] JsonText(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return json[start..(int)reader.BytesConsumed].ToArray();
    }
}
