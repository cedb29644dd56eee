using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// Writes the frames the client sends, keys in canonical order. An order operation is written by the request's
/// generated writer straight into a pooled buffer: <c>{"args":[body],"expTime":"..","id":"..","op":".."}</c>.
/// </summary>
internal static class Frames
{
    private const int InitialSize = 512;

    /// <summary>Writes an order operation into a buffer rented from the shared pool; the caller returns it.</summary>
    /// <returns>The number of bytes written into <paramref name="buffer"/>.</returns>
    public static int WriteOperation(IOkxRequest request, ReadOnlySpan<byte> op, ReadOnlySpan<byte> id, long? expTime, out byte[] buffer)
    {
        buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        while (true)
        {
            if (TryWriteOperation(request, op, id, expTime, buffer, out int written))
            {
                return written;
            }

            int size = checked(buffer.Length * 2);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(size);
        }
    }

    /// <summary>Writes an order operation into <paramref name="destination"/>, without allocating.</summary>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    public static bool TryWriteOperation(IOkxRequest request, ReadOnlySpan<byte> op, ReadOnlySpan<byte> id, long? expTime, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var frame = new SpanCursor(destination);
        if (!frame.TryWrite("{\"args\":"u8))
        {
            return false;
        }

        // A request whose body is an [OkxBody] list already is the args array; any other body is its one item.
        Span<byte> rest = frame.Remaining;
        if (rest.Length < 2 || !request.TryWriteBody(rest[1..], out int bodyLength))
        {
            return false;
        }

        if (rest[1] == (byte)'[')
        {
            rest.Slice(1, bodyLength).CopyTo(rest);
            frame.Advance(bodyLength);
        }
        else
        {
            rest[0] = (byte)'[';
            frame.Advance(bodyLength + 1);
            if (!frame.TryWrite("]"u8))
            {
                return false;
            }
        }

        if (expTime is { } deadline)
        {
            if (!frame.TryWrite(",\"expTime\":\""u8) || !frame.TryWriteInt64(deadline) || !frame.TryWrite("\""u8))
            {
                return false;
            }
        }

        if (!frame.TryWrite(",\"id\":\""u8) || !frame.TryWrite(id) || !frame.TryWrite("\",\"op\":\""u8) || !frame.TryWrite(op) || !frame.TryWrite("\"}"u8))
        {
            return false;
        }

        bytesWritten = frame.Position;
        return true;
    }

    public static byte[] Subscription(string op, string id, ReadOnlySpan<byte> argument)
    {
        var output = new ArrayBufferWriter<byte>(argument.Length + 64);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("args"u8);
            writer.WriteRawValue(argument, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteString("id"u8, id);
            writer.WriteString("op"u8, op);
            writer.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    public static byte[] Login(OkxCredentials credentials, string timestamp)
    {
        var output = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("args"u8);
            writer.WriteStartObject();
            writer.WriteString("apiKey"u8, credentials.ApiKey);
            writer.WriteString("passphrase"u8, credentials.Passphrase);
            writer.WriteString("sign"u8, credentials.SignWebSocketLogin(timestamp));
            writer.WriteString("timestamp"u8, timestamp);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteString("op"u8, "login");
            writer.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    private ref struct SpanCursor(Span<byte> destination)
    {
        private readonly Span<byte> _destination = destination;

        public int Position { get; private set; }

        public readonly Span<byte> Remaining => _destination[Position..];

        public void Advance(int count) => Position += count;

        public bool TryWrite(ReadOnlySpan<byte> bytes)
        {
            if (!bytes.TryCopyTo(Remaining))
            {
                return false;
            }

            Position += bytes.Length;
            return true;
        }

        public bool TryWriteInt64(long value)
        {
            if (!Utf8Formatter.TryFormat(value, Remaining, out int written))
            {
                return false;
            }

            Position += written;
            return true;
        }
    }
}
