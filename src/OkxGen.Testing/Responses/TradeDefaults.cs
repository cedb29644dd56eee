using System;
using System.Collections.Generic;
using System.Text.Json;
using OkxGen.Testing.Orders;
using OkxGen.Testing.Verification;

namespace OkxGen.Testing.Responses;

/// <summary>
/// Default answers for <c>/api/v5/trade/*</c>, served from the key's <see cref="OrderBook"/> and shaped like the OKX documentation's
/// examples: per-item <c>sCode</c>/<c>sMsg</c> with a top-level <c>code</c> of 0, 1 (every item failed) or 2 (some failed).
/// </summary>
internal static class TradeDefaults
{
    private static readonly string[] RequiredOrderFields = ["instId", "tdMode", "side", "ordType", "sz"];

    public static void Register(ResponseRouter router, OrderBook book)
    {
        router.SetDefault("POST", "/api/v5/trade/order", request => PlaceOrders(request, book, [RequestJson.ReadObject(request)]));
        router.SetDefault("POST", "/api/v5/trade/batch-orders", request => PlaceOrders(request, book, RequestJson.ReadObjects(request)));
        router.SetDefault("POST", "/api/v5/trade/amend-order", request => AmendOrders(request, book, [RequestJson.ReadObject(request)]));
        router.SetDefault("POST", "/api/v5/trade/amend-batch-orders", request => AmendOrders(request, book, RequestJson.ReadObjects(request)));
        router.SetDefault("POST", "/api/v5/trade/cancel-order", request => CancelOrders(request, book, [RequestJson.ReadObject(request)]));
        router.SetDefault("POST", "/api/v5/trade/cancel-batch-orders", request => CancelOrders(request, book, RequestJson.ReadObjects(request)));
        router.SetDefault("GET", "/api/v5/trade/order", request => GetOrder(request, book));
        router.SetDefault("GET", "/api/v5/trade/orders-pending", request => ListOrders(request, book, pending: true));
        router.SetDefault("GET", "/api/v5/trade/orders-history", request => ListOrders(request, book, pending: false));
    }

    private static OkxTestResponse PlaceOrders(RecordedRequest request, OrderBook book, List<Dictionary<string, string>> orders)
    {
        foreach (Dictionary<string, string> order in orders)
        {
            foreach (string field in RequiredOrderFields)
            {
                if (order.Field(field).Length == 0)
                {
                    return MissingParameter(field);
                }
            }
        }

        string apiKey = ApiKey(request);
        return Acks(request, orders, order => book.Place(apiKey, order, request.ReceivedAt), static (writer, order, outcome, ts) =>
        {
            writer.WriteStrings(
                ("clOrdId", outcome.ClOrdId),
                ("ordId", outcome.OrdId),
                ("sCode", outcome.SCode),
                ("sMsg", outcome.SMsg),
                ("subCode", string.Empty),
                ("tag", order.Field("tag")),
                ("ts", ts));
        });
    }

    private static OkxTestResponse AmendOrders(RecordedRequest request, OrderBook book, List<Dictionary<string, string>> amendments)
    {
        string apiKey = ApiKey(request);
        return Acks(request, amendments, amendment => book.Amend(apiKey, amendment, request.ReceivedAt), static (writer, amendment, outcome, ts) =>
        {
            writer.WriteStrings(
                ("clOrdId", outcome.ClOrdId),
                ("ordId", outcome.OrdId),
                ("reqId", amendment.Field("reqId")),
                ("sCode", outcome.SCode),
                ("sMsg", outcome.SMsg),
                ("subCode", string.Empty),
                ("ts", ts));
        });
    }

    private static OkxTestResponse CancelOrders(RecordedRequest request, OrderBook book, List<Dictionary<string, string>> cancellations)
    {
        string apiKey = ApiKey(request);
        return Acks(request, cancellations, cancellation => book.Cancel(apiKey, cancellation, request.ReceivedAt), static (writer, _, outcome, ts) =>
        {
            writer.WriteStrings(
                ("clOrdId", outcome.ClOrdId),
                ("ordId", outcome.OrdId),
                ("sCode", outcome.SCode),
                ("sMsg", outcome.SMsg),
                ("ts", ts));
        });
    }

    /// <summary>Applies <paramref name="apply"/> to each item and answers one acknowledgement per item, in order.</summary>
    private static OkxTestResponse Acks(
        RecordedRequest request,
        List<Dictionary<string, string>> items,
        Func<Dictionary<string, string>, OrderOutcome> apply,
        Action<Utf8JsonWriter, Dictionary<string, string>, OrderOutcome, string> writeAck)
    {
        var outcomes = new OrderOutcome[items.Count];
        int succeeded = 0;
        for (int i = 0; i < items.Count; i++)
        {
            outcomes[i] = apply(items[i]);
            succeeded += outcomes[i].IsSuccess ? 1 : 0;
        }

        (string code, string message) = succeeded == items.Count ? (OkxErrorCodes.Success, string.Empty)
            : succeeded == 0 ? (OkxErrorCodes.OperationFailed, "Operation failed.")
            : (OkxErrorCodes.BulkPartiallySucceeded, "Bulk operation partially succeeded.");
        string ts = OkxJson.Milliseconds(request);
        return OkxTestResponse.Json(OkxJson.Trade(request, code, message, writer =>
        {
            for (int i = 0; i < items.Count; i++)
            {
                writer.WriteStartObject();
                writeAck(writer, items[i], outcomes[i], ts);
                writer.WriteEndObject();
            }
        }));
    }

    /// <summary>Order details by <c>ordId</c> (which wins) or <c>clOrdId</c>; pending, filled and cancelled orders alike.</summary>
    private static OkxTestResponse GetOrder(RecordedRequest request, OrderBook book)
    {
        string instId = request.GetQueryValue("instId") ?? string.Empty;
        string ordId = request.GetQueryValue("ordId") ?? string.Empty;
        string clOrdId = request.GetQueryValue("clOrdId") ?? string.Empty;
        if (instId.Length == 0)
        {
            return MissingParameter("instId");
        }

        if (ordId.Length == 0 && clOrdId.Length == 0)
        {
            return BusinessError(OkxErrorCodes.OrderIdRequired, "Either client order ID or order ID is required.");
        }

        return book.Find(ApiKey(request), instId, ordId, clOrdId) is { } order
            ? OkxTestResponse.Json(OkxJson.Success(writer => OrderDetailsWriter.Write(writer, order)))
            : BusinessError(OkxErrorCodes.OrderDoesNotExist, "Order does not exist.");
    }

    /// <summary>Pending orders (live, partially filled) or the history (filled, cancelled; <c>instType</c> required), newest first.</summary>
    private static OkxTestResponse ListOrders(RecordedRequest request, OrderBook book, bool pending)
    {
        if (!pending && string.IsNullOrEmpty(request.GetQueryValue("instType")))
        {
            return MissingParameter("instType");
        }

        List<OkxTestOrder> orders = OrderQuery.Page(book.List(ApiKey(request), order => order.IsPending == pending && OrderQuery.Matches(order, request)), request);
        return OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            foreach (OkxTestOrder order in orders)
            {
                OrderDetailsWriter.Write(writer, order);
            }
        }));
    }

    private static string ApiKey(RecordedRequest request) => request.GetHeader(OkxHeaderNames.ApiKey) ?? string.Empty;

    private static OkxTestResponse MissingParameter(string name) =>
        OkxTestResponse.Error(OkxErrorCodes.ParameterEmpty, "Parameter " + name + " can not be empty.", 400);

    /// <summary>A request-level business error: HTTP 200, the code, and an empty <c>data</c>, as OKX answers them.</summary>
    private static OkxTestResponse BusinessError(string code, string message) =>
        OkxTestResponse.Json(OkxJson.Envelope(code, message, "[]"));
}
