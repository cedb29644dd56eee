using System.Collections.Generic;
using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>Default answers for <c>/api/v5/trade/*</c>, shaped like the OKX documentation's examples.</summary>
internal static class TradeDefaults
{
    public static void Register(ResponseRouter router, OrderIdSource orderIds)
    {
        router.SetDefault("POST", "/api/v5/trade/order", request => PlaceOrders(request, orderIds, new List<Dictionary<string, string>> { RequestJson.ReadObject(request) }));
        router.SetDefault("POST", "/api/v5/trade/batch-orders", request => PlaceOrders(request, orderIds, RequestJson.ReadObjects(request)));
        router.SetDefault("POST", "/api/v5/trade/amend-order", request => AmendOrder(request, orderIds));
        router.SetDefault("POST", "/api/v5/trade/cancel-order", request => CancelOrder(request, orderIds));
        router.SetDefault("GET", "/api/v5/trade/order", request => GetOrder(request, orderIds));
        router.SetDefault("GET", "/api/v5/trade/orders-pending", request => GetPendingOrders(request, orderIds));
    }

    private static OkxTestResponse PlaceOrders(RecordedRequest request, OrderIdSource orderIds, List<Dictionary<string, string>> orders) =>
        OkxTestResponse.Json(OkxJson.TradeSuccess(request, writer =>
        {
            string ts = OkxJson.Milliseconds(request);
            foreach (Dictionary<string, string> order in orders)
            {
                writer.WriteStartObject();
                writer.WriteStrings(
                    ("clOrdId", order.Field("clOrdId")),
                    ("ordId", orderIds.Next()),
                    ("sCode", "0"),
                    ("sMsg", "Order placed"),
                    ("subCode", string.Empty),
                    ("tag", order.Field("tag")),
                    ("ts", ts));
                writer.WriteEndObject();
            }
        }));

    private static OkxTestResponse AmendOrder(RecordedRequest request, OrderIdSource orderIds) =>
        OkxTestResponse.Json(OkxJson.TradeSuccess(request, writer =>
        {
            Dictionary<string, string> amend = RequestJson.ReadObject(request);
            writer.WriteStartObject();
            writer.WriteStrings(
                ("clOrdId", amend.Field("clOrdId")),
                ("ordId", OrderIdOrNew(amend, orderIds)),
                ("reqId", amend.Field("reqId")),
                ("sCode", "0"),
                ("sMsg", string.Empty),
                ("subCode", string.Empty),
                ("ts", OkxJson.Milliseconds(request)));
            writer.WriteEndObject();
        }));

    private static OkxTestResponse CancelOrder(RecordedRequest request, OrderIdSource orderIds) =>
        OkxTestResponse.Json(OkxJson.TradeSuccess(request, writer =>
        {
            Dictionary<string, string> cancel = RequestJson.ReadObject(request);
            writer.WriteStartObject();
            writer.WriteStrings(
                ("clOrdId", cancel.Field("clOrdId")),
                ("ordId", OrderIdOrNew(cancel, orderIds)),
                ("sCode", "0"),
                ("sMsg", string.Empty),
                ("ts", OkxJson.Milliseconds(request)));
            writer.WriteEndObject();
        }));

    private static OkxTestResponse GetOrder(RecordedRequest request, OrderIdSource orderIds) =>
        OkxTestResponse.Json(OkxJson.Success(writer => WriteOrderDetails(
            writer,
            request,
            request.GetQueryValue("instId") ?? "BTC-USDT",
            request.GetQueryValue("ordId") ?? orderIds.Next(),
            request.GetQueryValue("clOrdId") ?? string.Empty,
            state: "filled")));

    private static OkxTestResponse GetPendingOrders(RecordedRequest request, OrderIdSource orderIds) =>
        OkxTestResponse.Json(OkxJson.Success(writer => WriteOrderDetails(
            writer,
            request,
            request.GetQueryValue("instId") ?? "BTC-USDT",
            orderIds.Next(),
            "b15f2a9c0d3e4f5a",
            state: "live")));

    private static string OrderIdOrNew(Dictionary<string, string> fields, OrderIdSource orderIds)
    {
        string ordId = fields.Field("ordId");
        return ordId.Length > 0 ? ordId : orderIds.Next();
    }

    private static void WriteOrderDetails(Utf8JsonWriter writer, RecordedRequest request, string instId, string ordId, string clOrdId, string state)
    {
        string ts = OkxJson.Milliseconds(request);
        bool filled = state == "filled";
        writer.WriteStartObject();
        writer.WriteStrings(
            ("accFillSz", filled ? "0.01" : "0"),
            ("algoClOrdId", string.Empty),
            ("algoId", string.Empty),
            ("attachAlgoClOrdId", string.Empty));
        writer.WriteStartArray("attachAlgoOrds");
        writer.WriteEndArray();
        writer.WriteStrings(
            ("avgPx", filled ? "43250.5" : string.Empty),
            ("cTime", ts),
            ("cancelSource", string.Empty),
            ("cancelSourceReason", string.Empty),
            ("category", "normal"),
            ("ccy", string.Empty),
            ("clOrdId", clOrdId),
            ("fee", filled ? "-0.00001" : "0"),
            ("feeCcy", "BTC"),
            ("fillPx", filled ? "43250.5" : string.Empty),
            ("fillSz", filled ? "0.01" : "0"),
            ("fillTime", filled ? ts : string.Empty),
            ("instId", instId),
            ("instType", instId.EndsWith("-SWAP", System.StringComparison.Ordinal) ? "SWAP" : "SPOT"),
            ("isTpLimit", "false"),
            ("lever", string.Empty));
        writer.WriteStartObject("linkedAlgoOrd");
        writer.WriteString("algoId", string.Empty);
        writer.WriteEndObject();
        writer.WriteStrings(
            ("ordId", ordId),
            ("ordType", "limit"),
            ("pnl", "0"),
            ("posSide", "net"),
            ("px", "43250.5"),
            ("pxType", string.Empty),
            ("pxUsd", string.Empty),
            ("pxVol", string.Empty),
            ("quickMgnType", string.Empty),
            ("rebate", "0"),
            ("rebateCcy", "USDT"),
            ("reduceOnly", "false"),
            ("side", "buy"),
            ("slOrdPx", string.Empty),
            ("slTriggerPx", string.Empty),
            ("slTriggerPxType", string.Empty),
            ("source", string.Empty),
            ("state", state),
            ("stpId", string.Empty),
            ("stpMode", "cancel_maker"),
            ("sz", "0.01"),
            ("tag", string.Empty),
            ("tdMode", "cash"),
            ("tgtCcy", string.Empty),
            ("tpOrdPx", string.Empty),
            ("tpTriggerPx", string.Empty),
            ("tpTriggerPxType", string.Empty),
            ("tradeId", filled ? "242589207" : string.Empty),
            ("uTime", ts));
        writer.WriteEndObject();
    }
}
