using System;
using System.Globalization;
using System.Text.Json;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>Writes the server's frames in the shapes and field order of OKX's examples.</summary>
internal static class WebSocketAnswers
{
    /// <summary><c>{"event":"login","code":"0","msg":"","connId":".."}</c>.</summary>
    public static string LoginSucceeded(string connId) => OkxJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("event", "login");
        writer.WriteString("code", OkxErrorCodes.Success);
        writer.WriteString("msg", string.Empty);
        writer.WriteString("connId", connId);
        writer.WriteEndObject();
    });

    /// <summary><c>{"id":"..","event":"error","code":"..","msg":"..","connId":".."}</c>, without <c>id</c> when the request had none.</summary>
    public static string Error(string? id, string code, string message, string connId) => OkxJson.Write(writer =>
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("event", "error");
        writer.WriteString("code", code);
        writer.WriteString("msg", message);
        writer.WriteString("connId", connId);
        writer.WriteEndObject();
    });

    /// <summary><c>{"id":"..","event":"subscribe","arg":{..},"connId":".."}</c> (or <c>unsubscribe</c>).</summary>
    public static string SubscriptionAck(string? id, string @event, SubscriptionArg arg, string connId) => OkxJson.Write(writer =>
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("event", @event);
        writer.WritePropertyName("arg");
        arg.Write(writer);
        writer.WriteString("connId", connId);
        writer.WriteEndObject();
    });

    /// <summary><c>{"id":"..","op":"..","code":"..","msg":"..","data":[..],"inTime":"..","outTime":".."}</c>; times in Unix microseconds.</summary>
    public static string OperationResult(string id, string op, string code, string message, Action<Utf8JsonWriter>? writeItems, DateTimeOffset inTime, DateTimeOffset outTime) =>
        OkxJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("op", op);
            writer.WriteString("code", code);
            writer.WriteString("msg", message);
            writer.WriteStartArray("data");
            writeItems?.Invoke(writer);
            writer.WriteEndArray();
            writer.WriteString("inTime", Microseconds(inTime));
            writer.WriteString("outTime", Microseconds(outTime));
            writer.WriteEndObject();
        });

    /// <summary><c>{"arg":{..},"action":"..","data":[..]}</c>; <c>action</c> only when given (OKX sends it for books).</summary>
    public static string Push(SubscriptionArg arg, string? action, string dataArrayJson) => OkxJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("arg");
        arg.Write(writer);
        if (action is not null)
        {
            writer.WriteString("action", action);
        }

        writer.WritePropertyName("data");
        writer.WriteRawValue(dataArrayJson);
        writer.WriteEndObject();
    });

    /// <summary><c>{"event":"notice","code":"64008","msg":"..","connId":".."}</c>.</summary>
    public static string ServiceUpgradeNotice(string connId) => OkxJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("event", "notice");
        writer.WriteString("code", OkxWebSocketErrorCodes.ServiceUpgradeNotice);
        writer.WriteString("msg", WebSocketErrorMessages.For(OkxWebSocketErrorCodes.ServiceUpgradeNotice));
        writer.WriteString("connId", connId);
        writer.WriteEndObject();
    });

    /// <summary>Unix milliseconds, as OKX writes <c>ts</c>.</summary>
    public static string Milliseconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string Microseconds(DateTimeOffset instant) =>
        ((instant - DateTimeOffset.UnixEpoch).Ticks / 10).ToString(CultureInfo.InvariantCulture);

    private static void WriteId(Utf8JsonWriter writer, string? id)
    {
        if (id is not null)
        {
            writer.WriteString("id", id);
        }
    }
}
