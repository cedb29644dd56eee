using System;
using System.Text.Json;
using OkxGen.Serialization;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// A push, <c>{"arg":{..},"action":"..","data":[..]}</c>, read in one pass: where the pass meets <c>data</c>, the first
/// subscription that the <c>arg</c> read before it matches reads the items in place, so that the push is tokenized once.
/// </summary>
/// <param name="Arg">Where the push's <c>arg</c> object lies in the message.</param>
/// <param name="Data">Where its <c>data</c> lies.</param>
/// <param name="Action">Its <c>action</c> (<c>snapshot</c>/<c>update</c>), where OKX sends one.</param>
/// <param name="ReadBy">The subscription that read <c>data</c> in place, or <see langword="null"/> when none did.</param>
/// <param name="Items">What <see cref="ReadBy"/> read.</param>
internal readonly record struct PushMessage(Range Arg, Range Data, string? Action, Subscription? ReadBy, object? Items)
{
    /// <summary>
    /// Reads a message that is a push with its <c>arg</c> before its <c>data</c>, as OKX writes them.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="subscriptions">The connection's subscriptions.</param>
    /// <param name="push">The push.</param>
    /// <returns>
    /// <see langword="false"/> for anything else (an event, an answer, a push in another order): the general read of
    /// <see cref="InboundMessage"/> routes those.
    /// </returns>
    /// <remarks>
    /// Throws <see cref="JsonException"/> when the message is not JSON, and what the subscription's reader throws when it
    /// cannot read the <c>data</c>: the general read, which reads the message again, reports either where it belongs.
    /// </remarks>
    public static bool TryRead(ReadOnlySpan<byte> message, Subscription[] subscriptions, out PushMessage push)
    {
        push = default;
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Range arg = default, data = default;
        string? action = null;
        Subscription? readBy = null;
        object? items = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = OkxJsonValueReader.GetPropertyName(ref reader);
            reader.Read();
            int start = (int)reader.TokenStartIndex;
            if (name.SequenceEqual("arg"u8))
            {
                reader.Skip();
                arg = new Range(start, (int)reader.BytesConsumed);
            }
            else if (name.SequenceEqual("data"u8) && !arg.Equals(default(Range)))
            {
                readBy = FirstMatch(subscriptions, message[arg]);
                if (readBy is null)
                {
                    reader.Skip();
                }
                else
                {
                    items = readBy.ReadItems(ref reader);
                }

                data = new Range(start, (int)reader.BytesConsumed);
            }
            else if (name.SequenceEqual("action"u8) && reader.TokenType == JsonTokenType.String)
            {
                action = reader.GetString();
            }
            else if (name.SequenceEqual("event"u8) || name.SequenceEqual("op"u8) || name.SequenceEqual("id"u8))
            {
                // An event or an answer: routed by the general read.
                return false;
            }
            else
            {
                reader.Skip();
            }
        }

        if (data.Equals(default(Range)))
        {
            return false;
        }

        push = new PushMessage(arg, data, action, readBy, items);
        return true;
    }

    private static Subscription? FirstMatch(Subscription[] subscriptions, ReadOnlySpan<byte> argument)
    {
        foreach (Subscription subscription in subscriptions)
        {
            if (subscription.Argument.IsMatchedBy(argument))
            {
                return subscription;
            }
        }

        return null;
    }
}
