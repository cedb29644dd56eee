using System;
using System.Collections.Generic;
using System.Globalization;
using CsCheck;
using OkxGen.ReliabilityTests.Endpoints;

namespace OkxGen.ReliabilityTests.Support;

/// <summary>CsCheck generators of endpoint values: any valid UTF-16 text, decimals of every scale and sign, extreme integers.</summary>
internal static class FuzzGen
{
    private static readonly string[] Specials =
    [
        "\"", "\\", "/", "<", ">", "&", "'", "\u007F", "\u0080", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF",
        "\u00E9", "%", "+", "=", "#", "?", " ", ",", "\0", "\u001F", "\b", "\f", "\n", "\r", "\t", "\uD83D\uDE80", "\uDBFF\uDFFF",
    ];

    /// <summary>One Unicode scalar value as a string (one or two UTF-16 units), never a lone surrogate.</summary>
    public static readonly Gen<string> Scalar = Gen.Frequency(
        (4, (IGen<string>)Gen.Int[0x20, 0x7E].Select(Char)),
        (3, Gen.Int[0, 0x1F].Select(Char)),
        (3, Of(Specials)),
        (3, Gen.Int[0x7F, 0xD7FF].Select(Char)),
        (1, Gen.Int[0xE000, 0xFFFF].Select(Char)),
        (2, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    public static readonly Gen<string> Text = Scalar.Array[0, 12].Select(string.Concat);

    public static readonly Gen<string?> NullableText = Gen.Null(Text, 0.3);

    /// <summary>Any decimal with any scale 0..28 and either sign, including trailing zeros and zero itself.</summary>
    public static readonly Gen<decimal> Decimal = Gen.Frequency(
        (4, (IGen<decimal>)Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Int[0, 28], (lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, (byte)scale))),
        (4, Gen.Select(Gen.Int, Gen.Bool, Gen.Int[0, 28], (lo, negative, scale) => new decimal(lo, 0, 0, negative, (byte)scale))),
        (1, Of(0m, 0.000m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -7.9228162514264337593543950335m, 1.0000000000000000000000000000m)));

    public static readonly Gen<long> Long = Gen.Frequency(
        (3, (IGen<long>)Gen.Long),
        (1, Of(long.MinValue, long.MaxValue, 0L, -1L)));

    public static readonly Gen<FuzzSide> Side = Of(FuzzSide.Buy, FuzzSide.Sell, FuzzSide.OptimalLimitIoc, FuzzSide.PostOnly);

    public static readonly Gen<FuzzInner?> Inner = Gen.Null(
        Gen.Select(Gen.Nullable(Long, 0.3), NullableText, (a, b) => new FuzzInner { A = a, B = b }), 0.4);

    public static readonly Gen<FuzzLeg> Leg = Gen.Select(
        NullableText,
        Gen.Nullable(Decimal, 0.3),
        Gen.Nullable(Gen.Bool, 0.3),
        Gen.Null(Text.Array[0, 4].Select(a => (IReadOnlyList<string>)a), 0.4),
        Inner,
        (id, px, flag, tags, inner) => new FuzzLeg { Id = id, TpTriggerPx = px, Flag = flag, Tags = tags, Inner = inner });

    public static readonly Gen<FuzzOrderRequest> Order = Gen.Select(
        Gen.Select(Text, Side, Decimal, Gen.Nullable(Decimal, 0.3), NullableText, NullableText, Gen.Nullable(Long, 0.3), (instId, side, sz, px, clOrdId, tag, ts) => (instId, side, sz, px, clOrdId, tag, ts)),
        Gen.Select(Gen.Nullable(Gen.Int, 0.5), Gen.Nullable(Gen.Bool, 0.3), Gen.Nullable(Side, 0.5), NullableText, NullableText, (lever, reduceOnly, posSide, renamed, notSent) => (lever, reduceOnly, posSide, renamed, notSent)),
        Gen.Null(Text.Array[0, 5].Select(a => (IReadOnlyList<string>)a), 0.4),
        Gen.Null(Decimal.Array[0, 5].Select(a => (IReadOnlyList<decimal>)a), 0.5),
        Gen.Null(Leg, 0.5),
        Gen.Null(Leg.Array[0, 3].Select(a => (IReadOnlyList<FuzzLeg>)a), 0.5),
        (a, b, notes, levels, main, legs) => new FuzzOrderRequest
        {
            InstId = a.instId,
            Side = a.side,
            Sz = a.sz,
            Px = a.px,
            ClOrdId = a.clOrdId,
            Tag = a.tag,
            Ts = a.ts,
            Lever = b.lever,
            ReduceOnly = b.reduceOnly,
            PosSide = b.posSide,
            Renamed = b.renamed,
            NotSent = b.notSent,
            Notes = notes,
            Levels = levels,
            Main = main,
            AttachAlgoOrds = legs,
        });

    public static readonly Gen<FuzzBatchRequest> Batch = Order.Array[0, 4].Select(orders => new FuzzBatchRequest { Orders = orders });

    public static readonly Gen<FuzzQueryRequest> Query = Gen.Select(
        Gen.Select(NullableText, NullableText, Gen.Nullable(Long, 0.4), Gen.Nullable(Decimal, 0.4), (instId, after, before, px) => (instId, after, before, px)),
        Gen.Nullable(Gen.Int, 0.5),
        Gen.Nullable(Gen.Bool, 0.5),
        Gen.Nullable(Side, 0.5),
        // Elements without ',' so that the decoded list is unambiguous; ',' inside a single value is covered by InstId.
        Gen.Null(Text.Where(t => !t.Contains(',', StringComparison.Ordinal)).Array[0, 4].Select(a => (IReadOnlyList<string>)a), 0.4),
        (a, limit, simple, side, ccy) => new FuzzQueryRequest
        {
            InstId = a.instId,
            After = a.after,
            Before = a.before,
            Px = a.px,
            Limit = limit,
            Simple = simple,
            Side = side,
            Ccy = ccy,
        });

    private static string Char(int codePoint) => ((char)codePoint).ToString(CultureInfo.InvariantCulture);

    /// <summary>One of the given values. CsCheck 5's Gen.OneOf takes values, CsCheck 4's (the net8.0 runs) generators; this reads the same in both.</summary>
    public static Gen<T> Of<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);
}
