using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OkxGen.Testing.Instruments;
using OkxGen.Testing.Orders;
using OkxGen.Testing.RateLimiting;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Answers the order operations on <c>/private</c> from the same per-key <see cref="OrderBook"/> as the REST trade endpoints:
/// <c>code</c> 0, 1 when every item failed, 2 when some did, each item with its <c>sCode</c>/<c>sMsg</c>; 60013 with empty
/// <c>data</c> for a format error; 60011 before login; 60028 on another endpoint; 50036 when <c>expTime</c> had passed.
/// Each operation counts against the limit of the REST endpoint it mirrors when <see cref="OkxTestServer.EnforceRateLimit"/>
/// enforces it (OKX shares them); past it the answer is REST's <c>50011</c> with empty <c>data</c> (OKX does not document
/// the WebSocket form of this answer).
/// </summary>
internal sealed class OrderOperations
{
    private const int MaxBatch = 20;

    private readonly OrderBook _book;
    private readonly RateLimitCounter _rateLimits;

    public OrderOperations(OrderBook book, RateLimitCounter rateLimits)
    {
        _book = book;
        _rateLimits = rateLimits;
    }

    public static bool IsOrderOperation(string op) =>
        op is "order" or "batch-orders" or "cancel-order" or "batch-cancel-orders" or "amend-order" or "batch-amend-orders" or "mass-cancel";

    /// <summary>The answer and its code. Orders that change raise the book's <see cref="OrderBook.Changed"/> on this thread.</summary>
    public (string Answer, string Code) Handle(WebSocketConnection connection, string op, string? id, JsonElement root, DateTimeOffset receivedAt, Func<DateTimeOffset> now)
    {
        string? refusal = connection.Endpoint != WebSocketEndpoint.Private ? OkxWebSocketErrorCodes.OperationNotSupportedByUrl
            : connection.Key is null ? OkxWebSocketErrorCodes.PleaseLogIn
            : null;
        List<Dictionary<string, string>>? items = refusal is null ? ReadItems(root, op, id) : null;
        refusal ??= items is null ? OkxWebSocketErrorCodes.InvalidArgs
            : IsExpired(root, op, receivedAt) ? OkxWebSocketErrorCodes.ExpTimeInPast
            : !_rateLimits.TryCountOperation(RestPathOf(op), connection.Key!.ApiKey, items[0].Field, receivedAt) ? OkxErrorCodes.RateLimited
            : null;
        if (refusal is not null)
        {
            string message = refusal == OkxErrorCodes.RateLimited ? RateLimitCounter.Message : WebSocketErrorMessages.For(refusal);
            return (WebSocketAnswers.OperationResult(id ?? string.Empty, op, refusal, message, null, receivedAt, now()), refusal);
        }

        string apiKey = connection.Key!.ApiKey;
        if (op == "mass-cancel")
        {
            MassCancel(apiKey, items![0], receivedAt);
            string massAnswer = WebSocketAnswers.OperationResult(id!, op, OkxErrorCodes.Success, string.Empty, static writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("result", true);
                writer.WriteEndObject();
            }, receivedAt, now());
            return (massAnswer, OkxErrorCodes.Success);
        }

        var outcomes = new OrderOutcome[items!.Count];
        int failed = 0;
        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = op switch
            {
                "order" or "batch-orders" => _book.Place(apiKey, items[i], receivedAt),
                "cancel-order" or "batch-cancel-orders" => _book.Cancel(apiKey, items[i], receivedAt),
                _ => _book.Amend(apiKey, items[i], receivedAt),
            };
            failed += outcomes[i].IsSuccess ? 0 : 1;
        }

        string code = failed == 0 ? OkxErrorCodes.Success : failed == outcomes.Length ? OkxErrorCodes.OperationFailed : OkxErrorCodes.BulkPartiallySucceeded;
        string ts = WebSocketAnswers.Milliseconds(receivedAt);
        string answer = WebSocketAnswers.OperationResult(id!, op, code, string.Empty, writer =>
        {
            for (int i = 0; i < outcomes.Length; i++)
            {
                writer.WriteStartObject();
                writer.WriteStrings(("ordId", outcomes[i].OrdId), ("clOrdId", outcomes[i].ClOrdId));
                if (op is "order" or "batch-orders")
                {
                    writer.WriteString("tag", items[i].Field("tag"));
                }
                else if (op is "amend-order" or "batch-amend-orders")
                {
                    writer.WriteString("reqId", items[i].Field("reqId"));
                }

                writer.WriteStrings(("ts", ts), ("sCode", outcomes[i].SCode), ("sMsg", outcomes[i].SMsg), ("subCode", string.Empty));
                writer.WriteEndObject();
            }
        }, receivedAt, now());
        return (answer, code);
    }

    /// <summary>The REST endpoint whose limit an operation shares (OKX's trade section: the batch cancel and amend paths differ from the op names).</summary>
    private static string RestPathOf(string op) => op switch
    {
        "batch-cancel-orders" => "/api/v5/trade/cancel-batch-orders",
        "batch-amend-orders" => "/api/v5/trade/amend-batch-orders",
        _ => "/api/v5/trade/" + op,
    };

    /// <summary>Cancels the key's pending orders of the instrument type and family (OKX: the MMP orders of an option family).</summary>
    private void MassCancel(string apiKey, Dictionary<string, string> item, DateTimeOffset receivedAt)
    {
        string instType = item.Field("instType");
        string instFamily = item.Field("instFamily");
        List<OkxTestOrder> pending = _book.List(apiKey, order =>
            order.IsPending && order.InstType == instType && InstrumentCatalogue.FamilyOf(order.InstType, order.InstId) == instFamily);
        foreach (OkxTestOrder order in pending)
        {
            _book.Cancel(apiKey, new Dictionary<string, string>(StringComparer.Ordinal) { ["ordId"] = order.OrdId }, receivedAt);
        }
    }

    /// <summary>The argument objects, or <see langword="null"/> for a format error: no id, no args, a non-object, a missing required field, a single op with several args, a batch over 20.</summary>
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

    /// <summary>The instrument as <c>instId</c> or <c>instIdCode</c> (OKX's 2026 numeric code, which wins when both are sent), plus each op's required fields.</summary>
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
