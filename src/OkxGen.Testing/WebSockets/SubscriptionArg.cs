using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace OkxGen.Testing.WebSockets;

/// <summary>A subscription argument (<c>{"channel":"tickers","instId":"BTC-USDT"}</c>): its fields in received order, all as text.</summary>
internal sealed class SubscriptionArg
{
    private SubscriptionArg(string channel, List<KeyValuePair<string, string>> fields)
    {
        Channel = channel;
        Fields = fields;
        Key = BuildKey(fields);
    }

    public string Channel { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The fields sorted by name: two arguments with the same fields in another order are one subscription.</summary>
    public string Key { get; }

    /// <summary>A selector that matches every subscription to <paramref name="channel"/> (for <paramref name="instId"/> when given).</summary>
    public static SubscriptionArg ForChannel(string channel, string? instId = null) =>
        new(channel, instId is null ? [new("channel", channel)] : [new("channel", channel), new("instId", instId)]);

    /// <summary>Reads an argument object; <see langword="null"/> when it is not an object or has no non-empty <c>channel</c>.</summary>
    public static SubscriptionArg? TryRead(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, string>>();
        string channel = string.Empty;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            fields.Add(new(property.Name, value));
            if (property.NameEquals("channel"))
            {
                channel = value;
            }
        }

        return channel.Length == 0 ? null : new SubscriptionArg(channel, fields);
    }

    public string? Get(string name)
    {
        foreach (KeyValuePair<string, string> field in Fields)
        {
            if (string.Equals(field.Key, name, StringComparison.Ordinal))
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>Whether every field of <paramref name="selector"/> is present here with the same value.</summary>
    public bool Matches(SubscriptionArg selector)
    {
        foreach (KeyValuePair<string, string> field in selector.Fields)
        {
            if (!string.Equals(Get(field.Key), field.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the argument as OKX echoes it: <c>channel</c> first, then the other fields as received.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("channel", Channel);
        foreach (KeyValuePair<string, string> field in Fields)
        {
            if (!string.Equals(field.Key, "channel", StringComparison.Ordinal))
            {
                writer.WriteString(field.Key, field.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The fields as OKX's 60018 message names them: <c>channel:tickers,instId:BTC-USDT</c>.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (KeyValuePair<string, string> field in Fields)
        {
            text.Append(text.Length == 0 ? string.Empty : ",").Append(field.Key).Append(':').Append(field.Value);
        }

        return text.ToString();
    }

    private static string BuildKey(List<KeyValuePair<string, string>> fields)
    {
        var sorted = new List<KeyValuePair<string, string>>(fields);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var key = new StringBuilder();
        foreach (KeyValuePair<string, string> field in sorted)
        {
            key.Append(field.Key).Append('\u0000').Append(field.Value).Append('\u0001');
        }

        return key.ToString();
    }
}
