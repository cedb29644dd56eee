using System;
using System.Text.Json;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.Orders;

/// <summary>Writes an order as OKX's order details, pending orders and order history do: every field of the documented example, in its order.</summary>
internal static class OrderDetailsWriter
{
    public static void Write(Utf8JsonWriter writer, OkxTestOrder order)
    {
        string[] currencies = order.InstId.Split('-');
        string baseCcy = currencies[0];
        string quoteCcy = currencies.Length > 1 ? currencies[1] : string.Empty;
        bool spot = order.InstType is "SPOT" or "MARGIN";
        bool buy = order.Side == "buy";
        string feeCcy = spot ? (buy ? baseCcy : quoteCcy) : (quoteCcy == "USD" ? baseCcy : quoteCcy);
        writer.WriteStartObject();
        writer.WriteStrings(
            ("accFillSz", order.AccFillSz),
            ("algoClOrdId", string.Empty),
            ("algoId", string.Empty),
            ("attachAlgoClOrdId", string.Empty));
        writer.WriteStartArray("attachAlgoOrds");
        writer.WriteEndArray();
        writer.WriteStrings(
            ("avgPx", order.AvgPx),
            ("cTime", Milliseconds(order.CTime)),
            ("cancelSource", string.Empty),
            ("cancelSourceReason", string.Empty),
            ("category", "normal"),
            ("ccy", order.Ccy),
            ("clOrdId", order.ClOrdId),
            ("fee", "0"),
            ("feeCcy", feeCcy),
            ("fillPx", order.FillPx),
            ("fillSz", order.FillSz),
            ("fillTime", order.FillTime is { } fillTime ? Milliseconds(fillTime) : string.Empty),
            ("instId", order.InstId),
            ("instType", order.InstType),
            ("isTpLimit", "false"),
            ("lever", string.Empty));
        writer.WriteStartObject("linkedAlgoOrd");
        writer.WriteString("algoId", string.Empty);
        writer.WriteEndObject();
        writer.WriteStrings(
            ("ordId", order.OrdId),
            ("ordType", order.OrdType),
            ("pnl", "0"),
            ("posSide", order.PosSide.Length > 0 ? order.PosSide : "net"),
            ("px", order.Px),
            ("pxType", string.Empty),
            ("pxUsd", string.Empty),
            ("pxVol", string.Empty),
            ("quickMgnType", string.Empty),
            ("rebate", "0"),
            ("rebateCcy", spot && !buy ? baseCcy : feeCcy),
            ("reduceOnly", order.ReduceOnly),
            ("side", order.Side),
            ("slOrdPx", string.Empty),
            ("slTriggerPx", string.Empty),
            ("slTriggerPxType", string.Empty),
            ("source", string.Empty),
            ("state", order.State),
            ("stpId", string.Empty),
            ("stpMode", string.Empty),
            ("sz", order.Sz),
            ("tag", order.Tag),
            ("tdMode", order.TdMode),
            ("tgtCcy", order.TgtCcy),
            ("tpOrdPx", string.Empty),
            ("tpTriggerPx", string.Empty),
            ("tpTriggerPxType", string.Empty),
            ("tradeId", order.TradeId),
            ("tradeQuoteCcy", spot ? quoteCcy : string.Empty),
            ("uTime", Milliseconds(order.UTime)));
        writer.WriteEndObject();
    }

    private static string Milliseconds(DateTimeOffset instant) =>
        instant.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
