using System;
using System.Text.Json;
using OkxGen.Serialization;

namespace OkxGen;

/// <summary><c>GET /api/v5/public/time</c>, which <see cref="OkxClient.SyncTimeAsync"/> sends; written by hand, as the runtime is not generated.</summary>
internal sealed class ServerTimeRequest : IOkxRequest
{
    public static readonly ServerTimeRequest Instance = new();

    public static readonly OkxResponseReader<DateTimeOffset> Reader = new ServerTimeReader();

    private ServerTimeRequest()
    {
    }

    public OkxEndpointInfo Endpoint { get; } = new("GET", "/api/v5/public/time", isSigned: false);

    public bool TryWriteRequestPath(Span<byte> destination, out int bytesWritten)
    {
        ReadOnlySpan<byte> path = "/api/v5/public/time"u8;
        bytesWritten = path.TryCopyTo(destination) ? path.Length : 0;
        return bytesWritten > 0;
    }

    public bool TryWriteBody(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        return true;
    }

    // Reads {"ts":"1597026383085"}.
    private sealed class ServerTimeReader : OkxResponseReader<DateTimeOffset>
    {
        public override DateTimeOffset ReadItem(ref Utf8JsonReader reader)
        {
            OkxJsonValueReader.ReadStartObject(ref reader, "server time");
            DateTimeOffset? time = null;
            while (OkxJsonValueReader.TryReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("ts"u8))
                {
                    reader.Read();
                    time = OkxJsonValueReader.ReadUnixMilliseconds(ref reader, "ts");
                }
                else
                {
                    reader.Skip();
                }
            }

            return time ?? throw new OkxResponseException("The server time has no \"ts\".");
        }
    }
}
