using System;
using System.Text;

namespace OkxGen.Benchmarks.Model;

/// <summary>The inputs shared by every variant: one request, one key, one fixed timestamp.</summary>
internal static class Samples
{
    public const string RequestPath = "/api/v5/trade/order";
    public const string ApiKey = "bench-key-0123456789abcdef";
    public const string SecretKey = "4F8E2A6C1B3D5E7F9A0B2C4D6E8F1A3B";
    public const string Passphrase = "Bench-Pass-1";

    /// <summary>The canonical variants sign at this instant, so that their signatures can be compared byte for byte.</summary>
    public static readonly DateTimeOffset FixedTime = new(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero);

    public static readonly byte[] SecretKeyUtf8 = Encoding.UTF8.GetBytes(SecretKey);

    /// <summary>A limit order with one attached take-profit / stop-loss: a 253-byte canonical body, a 300-byte prehash, as in the issue.</summary>
    public static readonly PlaceOrderRequest Order = new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.Cross,
        Side = OrderSide.Buy,
        OrdType = OrderType.Limit,
        Sz = 0.015m,
        Px = 43250.5m,
        ClOrdId = "b15a7c3e",
        ReduceOnly = false,
        Tag = "okxgenbench1",
        AttachAlgoOrds =
        [
            new AttachedAlgoOrder { TpTriggerPx = 47500m, TpOrdPx = -1m, SlTriggerPx = 41000m, SlOrdPx = -1m },
        ],
    };

    /// <summary>The same order with text that must be escaped: non-ASCII, quotes, a backslash and control characters.</summary>
    public static readonly PlaceOrderRequest EscapingOrder = Order with
    {
        ClOrdId = "引号\"q\"\\é",
        Tag = "tab\tnl\nbell\u0007ü€",
        AttachAlgoOrds =
        [
            new AttachedAlgoOrder { AttachAlgoClOrdId = "ünï\"cødé\"\u0001", TpTriggerPx = 47500m, TpOrdPx = -1m, SlTriggerPx = 41000m, SlOrdPx = -1m },
        ],
    };
}
