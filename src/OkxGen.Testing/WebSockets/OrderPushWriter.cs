using System.Collections.Generic;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>Writes the <c>data</c> array of an <c>orders</c> channel push (a subset of OKX's fields, never an invented one).</summary>
internal static class OrderPushWriter
{
    public static string Write(IReadOnlyList<OrderSnapshot> orders) => OkxJson.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (OrderSnapshot order in orders)
        {
            bool amended = order.ReqId.Length > 0;
            writer.WriteStartObject();
            writer.WriteStrings(
                ("instType", order.InstType),
                ("instId", order.InstId),
                ("ordId", order.OrdId),
                ("clOrdId", order.ClOrdId),
                ("tag", order.Tag),
                ("px", order.Px),
                ("sz", order.Sz),
                ("ordType", order.OrdType),
                ("side", order.Side),
                ("tdMode", order.TdMode),
                ("accFillSz", "0"),
                ("fillSz", "0"),
                ("avgPx", string.Empty),
                ("state", order.State),
                ("reqId", order.ReqId),
                ("amendResult", amended ? "0" : string.Empty),
                ("code", "0"),
                ("msg", string.Empty),
                ("cTime", WebSocketAnswers.Milliseconds(order.CreatedAt)),
                ("uTime", WebSocketAnswers.Milliseconds(order.UpdatedAt)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
