using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>Writes OKX-shaped JSON bodies.</summary>
internal static class OkxJson
{
    /// <summary>Writes <c>{"msg":...,"code":...}</c>, the field order OKX uses for errors.</summary>
    public static string Error(string code, string message) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("msg", message);
        writer.WriteString("code", code);
        writer.WriteEndObject();
    });

    /// <summary>Writes <c>{"code":...,"msg":...,"data":...}</c> around a raw data array.</summary>
    public static string Envelope(string code, string message, string dataArrayJson) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("msg", message);
        writer.WritePropertyName("data");
        writer.WriteRawValue(dataArrayJson);
        writer.WriteEndObject();
    });

    /// <summary>Writes a success envelope whose data items are written by <paramref name="writeItems"/>.</summary>
    public static string Success(Action<Utf8JsonWriter> writeItems) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("code", OkxErrorCodes.Success);
        writer.WriteString("msg", string.Empty);
        writer.WriteStartArray("data");
        writeItems(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Writes a trade envelope (with <c>inTime</c> and <c>outTime</c> in Unix microseconds) whose data items are written by <paramref name="writeItems"/>.</summary>
    public static string Trade(RecordedRequest request, string code, string message, Action<Utf8JsonWriter> writeItems) => Write(writer =>
    {
        string micros = (request.ReceivedAt.ToUnixTimeMilliseconds() * 1000).ToString(CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteStartArray("data");
        writeItems(writer);
        writer.WriteEndArray();
        writer.WriteString("inTime", micros);
        writer.WriteString("msg", message);
        writer.WriteString("outTime", micros);
        writer.WriteEndObject();
    });

    /// <summary>Unix milliseconds of the request's arrival on the server's clock, as OKX writes <c>ts</c>.</summary>
    public static string Milliseconds(RecordedRequest request) =>
        request.ReceivedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the UTF-8 text it wrote.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
