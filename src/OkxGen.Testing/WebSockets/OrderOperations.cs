using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Answers the order operations on <c>/private</c> the way OKX answers them (<c>code</c> 0, 1 when every item failed, 2 when
/// some did; 60013 with empty <c>data</c> for a format error), after the checks that apply before any item is carried out.
/// </summary>
internal sealed class OrderOperations
{
    private const int MaxBatch = 20;

    private readonly IOrderDesk _desk;

    public OrderOperations(IOrderDesk desk) => _desk = desk;

    public static bool IsOrderOperation(string op) => op is "order" or "batch-orders" or "cancel-order" or "batch-cancel-orders" or "amend-order" or "batch-amend-orders" or "mass-cancel";

    /// <summary>The answer, its code, and the orders that changed (to push on <c>orders</c>).</summary>
    public (string Answer, string Code, IReadOnlyList<OrderSnapshot> Changed) Handle(WebSocketConnection connection, string op, string? id, JsonElement root, DateTimeOffset receivedAt, Func<DateTimeOffset> now)
    {
        List<OrderSnapshot> changed = new();
        (string Answer, string Code, IReadOnlyList<OrderSnapshot> Changed) Fail(string code, string message) =>
            (WebSocketAnswers.OperationResult(id ?? string.Empty, op, code, message, null, receivedAt, now()), code, changed);

        if (connection.Endpoint != WebSocketEndpoint.Private)
        {
            return Fail(OkxWebSocketErrorCodes.OperationNotSupportedByUrl, WebSocketErrorMessages.For(OkxWebSocketErrorCodes.OperationNotSupportedByUrl));
        }

        if (connection.Key is not { } key)
        {
            return Fail(OkxWebSocketErrorCodes.PleaseLogIn, WebSocketErrorMessages.For(OkxWebSocketErrorCodes.PleaseLogIn));
        }

        List<Dictionary<string, string>>? items = ReadItems(root, op, id);
        if (items is null)
        {
            return Fail(OkxWebSocketErrorCodes.InvalidArgs, WebSocketErrorMessages.For(OkxWebSocketErrorCodes.InvalidArgs));
        }

        if (IsExpired(root, op, receivedAt))
        {
            return Fail(OkxWebSocketErrorCodes.ExpTimeInPast, WebSocketErrorMessages.For(OkxWebSocketErrorCodes.ExpTimeInPast));
        }

        if (op == "mass-cancel")
        {
            changed.AddRange(_desk.MassCancel(key, items[0].Field("instType"), items[0].Field("instFamily"), receivedAt));
            string massAnswer = WebSocketAnswers.OperationResult(id!, op, OkxWebSocketErrorCodes.Success, string.Empty, writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("result", true);
                writer.WriteEndObject();
            }, receivedAt, now());
            return (massAnswer, OkxWebSocketErrorCodes.Success, changed);
        }

        var results = new List<OrderItemResult>(items.Count);
        foreach (Dictionary<string, string> item in items)
        {
            OrderItemResult result = op switch
            {
                "order" or "batch-orders" => _desk.Place(key, item, receivedAt),
                "cancel-order" or "batch-cancel-orders" => _desk.Cancel(key, item, receivedAt),
                _ => _desk.Amend(key, item, receivedAt),
            };
            results.Add(result);
            if (result.Changed is { } order)
            {
                changed.Add(order);
            }
        }

        int failed = results.FindAll(static r => !r.IsSuccess).Count;
        string code = failed == 0 ? OkxWebSocketErrorCodes.Success
            : failed == results.Count ? OkxWebSocketErrorCodes.OperationFailed
            : OkxWebSocketErrorCodes.PartiallySucceeded;
        string ts = WebSocketAnswers.Milliseconds(receivedAt);
        bool isAmend = op is "amend-order" or "batch-amend-orders";
        bool isPlace = op is "order" or "batch-orders";
        string answer = WebSocketAnswers.OperationResult(id!, op, code, string.Empty, writer =>
        {
            foreach (OrderItemResult result in results)
            {
                writer.WriteStartObject();
                writer.WriteStrings(("ordId", result.OrdId), ("clOrdId", result.ClOrdId));
                if (isPlace)
                {
                    writer.WriteString("tag", result.Tag);
                }

                if (isAmend)
                {
                    writer.WriteString("reqId", result.ReqId);
                }

                writer.WriteStrings(("ts", ts), ("sCode", result.SCode), ("sMsg", result.SMsg), ("subCode", string.Empty));
                writer.WriteEndObject();
            }
        }, receivedAt, now());
        return (answer, code, changed);
    }

    /// <summary>The argument objects, or <see langword="null"/> for a format error: no id, no args, a non-object, a missing instrument, a single op with several args, a batch over 20.</summary>
    private static List<Dictionary<string, string>>? ReadItems(JsonElement root, string op, string? id)
    {
        if (string.IsNullOrEmpty(id) || !root.TryGetProperty("args", out JsonElement args) || args.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        int count = args.GetArrayLength();
        bool isBatch = op.StartsWith("batch-", StringComparison.Ordinal);
        if (count == 0 || (isBatch ? count > MaxBatch : count != 1))
        {
            return null;
        }

        var items = new List<Dictionary<string, string>>(count);
        foreach (JsonElement arg in args.EnumerateArray())
        {
            Dictionary<string, string> fields = RequestJson.ReadFields(arg);
            if (arg.ValueKind != JsonValueKind.Object || !HasRequiredFields(op, fields))
            {
                return null;
            }

            items.Add(fields);
        }

        return items;
    }

    private static bool HasRequiredFields(string op, Dictionary<string, string> fields)
    {
        bool hasInstrument = fields.Field("instId").Length > 0 || fields.Field("instIdCode").Length > 0;
        return op switch
        {
            "order" or "batch-orders" => hasInstrument && Has(fields, "tdMode", "side", "ordType", "sz"),
            "mass-cancel" => Has(fields, "instType", "instFamily"),
            _ => hasInstrument,
        };
    }

    private static bool Has(Dictionary<string, string> fields, params string[] names) => Array.TrueForAll(names, name => fields.Field(name).Length > 0);

    /// <summary>Whether <c>expTime</c> (Unix milliseconds; place and amend only, as OKX documents) had passed on arrival.</summary>
    private static bool IsExpired(JsonElement root, string op, DateTimeOffset receivedAt) =>
        op is "order" or "batch-orders" or "amend-order" or "batch-amend-orders"
        && root.TryGetProperty("expTime", out JsonElement expTime)
        && expTime.ValueKind == JsonValueKind.String
        && long.TryParse(expTime.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long milliseconds)
        && receivedAt.ToUnixTimeMilliseconds() > milliseconds;
}
