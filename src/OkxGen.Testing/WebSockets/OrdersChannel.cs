using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using OkxGen.Testing.Instruments;
using OkxGen.Testing.Orders;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>Which order changes an <c>orders</c> subscription receives, and the push data, written as OKX's order details.</summary>
internal static class OrdersChannel
{
    /// <summary>
    /// The <c>data</c> array of the orders, among <paramref name="orders"/>, that belong to <paramref name="apiKey"/> (the key
    /// the subscriber logged in with) and match the subscription's <c>instType</c> (<c>ANY</c> matches all), <c>instId</c>
    /// and <c>instFamily</c>; <see langword="false"/> when none does.
    /// </summary>
    public static bool TryWriteData(SubscriptionArg arg, string apiKey, List<OkxTestOrder> orders, [NotNullWhen(true)] out string? data)
    {
        List<OkxTestOrder> covered = orders.FindAll(order => order.ApiKey == apiKey && Covers(arg, order));
        data = covered.Count == 0 ? null : OkxJson.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (OkxTestOrder order in covered)
            {
                OrderDetailsWriter.Write(writer, order);
            }

            writer.WriteEndArray();
        });
        return data is not null;
    }

    private static bool Covers(SubscriptionArg arg, OkxTestOrder order)
    {
        string instType = arg.Get("instType") ?? "ANY";
        string? instId = arg.Get("instId");
        string? instFamily = arg.Get("instFamily");
        return (instType == "ANY" || string.Equals(instType, order.InstType, StringComparison.Ordinal))
            && (instId is null || string.Equals(instId, order.InstId, StringComparison.Ordinal))
            && (instFamily is null || string.Equals(instFamily, InstrumentCatalogue.FamilyOf(order.InstType, order.InstId), StringComparison.Ordinal));
    }
}
