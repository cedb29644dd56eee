using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks.Alternatives;

/// <summary>
/// (b) and (c): System.Text.Json, by reflection over a <see cref="SortedDictionary{TKey, TValue}"/> of the parameters
/// (the OKX.Net approach, with an ordinal comparer), and by source generation over the record itself; both signed
/// with a one-shot HMAC over a prehash array, as a straightforward implementation does.
/// </summary>
internal static class StjSigning
{
    private static readonly JsonSerializerOptions ReflectionOptions = new();

    public static byte[] SerializeSortedDictionary(PlaceOrderRequest order) =>
        JsonSerializer.SerializeToUtf8Bytes(ToSortedDictionary(order), ReflectionOptions);

    public static byte[] SerializeSourceGenerated(PlaceOrderRequest order) =>
        JsonSerializer.SerializeToUtf8Bytes(order, BenchJsonContext.Default.PlaceOrderRequest);

    /// <summary>The timestamp as such code writes it: a format string, here at least with the invariant culture.</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Sign(byte[] secretKey, string timestamp, string method, string requestPath, byte[] body)
    {
        int headLength = Encoding.UTF8.GetByteCount(timestamp) + Encoding.UTF8.GetByteCount(method) + Encoding.UTF8.GetByteCount(requestPath);
        var prehash = new byte[headLength + body.Length];
        int written = Encoding.UTF8.GetBytes(timestamp, prehash);
        written += Encoding.UTF8.GetBytes(method, prehash.AsSpan(written));
        written += Encoding.UTF8.GetBytes(requestPath, prehash.AsSpan(written));
        body.CopyTo(prehash, written);
        return Convert.ToBase64String(HMACSHA256.HashData(secretKey, prehash));
    }

    private static SortedDictionary<string, object> ToSortedDictionary(PlaceOrderRequest order)
    {
        var parameters = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["instId"] = order.InstId,
            ["tdMode"] = WireNames.Of(order.TdMode),
            ["side"] = WireNames.Of(order.Side),
            ["ordType"] = WireNames.Of(order.OrdType),
            ["sz"] = order.Sz.ToString(CultureInfo.InvariantCulture),
        };
        if (order.Px is { } px)
        {
            parameters["px"] = px.ToString(CultureInfo.InvariantCulture);
        }

        if (order.ClOrdId is { } clOrdId)
        {
            parameters["clOrdId"] = clOrdId;
        }

        if (order.Tag is { } tag)
        {
            parameters["tag"] = tag;
        }

        if (order.ReduceOnly is { } reduceOnly)
        {
            parameters["reduceOnly"] = reduceOnly;
        }

        if (order.AttachAlgoOrds is { } attached)
        {
            var list = new List<SortedDictionary<string, object>>(attached.Count);
            foreach (AttachedAlgoOrder algo in attached)
            {
                var item = new SortedDictionary<string, object>(StringComparer.Ordinal);
                AddIfSet(item, "attachAlgoClOrdId", algo.AttachAlgoClOrdId);
                AddIfSet(item, "tpTriggerPx", algo.TpTriggerPx);
                AddIfSet(item, "tpOrdPx", algo.TpOrdPx);
                AddIfSet(item, "slTriggerPx", algo.SlTriggerPx);
                AddIfSet(item, "slOrdPx", algo.SlOrdPx);
                list.Add(item);
            }

            parameters["attachAlgoOrds"] = list;
        }

        return parameters;
    }

    private static void AddIfSet(SortedDictionary<string, object> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = value;
        }
    }

    private static void AddIfSet(SortedDictionary<string, object> item, string name, decimal? value)
    {
        if (value is { } number)
        {
            item[name] = number.ToString(CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>The wire names of the benchmark's enums, written by hand for the variants that do not generate them.</summary>
internal static class WireNames
{
    public static string Of(TradeMode value) => value switch
    {
        TradeMode.Cash => "cash",
        TradeMode.Cross => "cross",
        TradeMode.Isolated => "isolated",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static string Of(OrderSide value) => value switch
    {
        OrderSide.Buy => "buy",
        OrderSide.Sell => "sell",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static string Of(OrderType value) => value switch
    {
        OrderType.Market => "market",
        OrderType.Limit => "limit",
        OrderType.PostOnly => "post_only",
        OrderType.OptimalLimitIoc => "optimal_limit_ioc",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static ReadOnlySpan<byte> Utf8(TradeMode value) => value switch
    {
        TradeMode.Cash => "cash"u8,
        TradeMode.Cross => "cross"u8,
        TradeMode.Isolated => "isolated"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static ReadOnlySpan<byte> Utf8(OrderSide value) => value switch
    {
        OrderSide.Buy => "buy"u8,
        OrderSide.Sell => "sell"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static ReadOnlySpan<byte> Utf8(OrderType value) => value switch
    {
        OrderType.Market => "market"u8,
        OrderType.Limit => "limit"u8,
        OrderType.PostOnly => "post_only"u8,
        OrderType.OptimalLimitIoc => "optimal_limit_ioc"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
