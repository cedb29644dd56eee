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

    private static KeyValuePair<string, string>[] ReadPairs(ReadOnlySpan<byte> json)
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

    /// <summary>Gets whether a push's argument, its JSON object as received, carries every pair of this one.</summary>
    /// <remarks>Compares in place: nothing is allocated unless a value holds non-ASCII text outside a string.</remarks>
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
    private static bool ValueEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.ValueTextEquals(value);
        }

        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        ReadOnlySpan<byte> text = json[start..(int)reader.BytesConsumed];
        return Ascii.IsValid(text) ? Ascii.Equals(text, value) : Encoding.UTF8.GetString(text) == value;
    }

    private static string Skipped(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]);
    }
}
