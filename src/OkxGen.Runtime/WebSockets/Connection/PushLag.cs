using System;
using System.Buffers.Text;
using System.Text.Json;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// Measures a push's lag for the <c>okxgen.websocket.push.lag</c> metric: the local receive time minus the <c>ts</c>
/// (Unix milliseconds) of the first item of its <c>data</c>. Pushes without one (some channels carry none) are skipped.
/// </summary>
internal static class PushLag
{
    public static void Record(DateTimeOffset receivedAt, OkxWebSocketEndpoint endpoint, string channel, ReadOnlySpan<byte> data)
    {
        if (FirstTimestamp(data) is { } ts)
        {
            // In milliseconds, OKX's resolution; no DateTimeOffset from ts, which would throw on a value out of its range.
            OkxTelemetry.PushReceived(EndpointPath.Of(endpoint), channel, (receivedAt.ToUnixTimeMilliseconds() - ts) / 1000.0);
        }
    }

    private static long? FirstTimestamp(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isTs = reader.ValueTextEquals("ts"u8);
            reader.Read();
            if (isTs)
            {
                // OKX writes ts as a string of digits ("1597026383085"); a number is read too.
                return reader.TokenType is JsonTokenType.String or JsonTokenType.Number
                    && !reader.HasValueSequence && !reader.ValueIsEscaped
                    && Utf8Parser.TryParse(reader.ValueSpan, out long milliseconds, out int consumed) && consumed == reader.ValueSpan.Length
                    ? milliseconds
                    : null;
            }

            reader.Skip();
        }

        return null;
    }
}
