using System;
using System.Collections.Generic;
using System.Text;
using OkxGen.IntegrationTests.Endpoints;
using OkxGen.IntegrationTests.TestSupport;

namespace OkxGen.IntegrationTests;

/// <summary>
/// Bodies, queries, timestamps and signatures do not depend on the current culture: comma decimals, native digits,
/// other calendars and the Turkish i change nothing. Expectations come from <c>oracle.py</c>'s vectors.
/// </summary>
public sealed class CultureTests
{
    // Written in C# rather than parsed, so that the values whose text a culture would change are literals.
    private static PlaceOrderRequest CulturePlaceOrder() => new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.Cross,
        Side = OrderSide.Sell,
        PosSide = PositionSide.Long,
        OrdType = OrderType.OptimalLimitIoc,
        Sz = 0.01m,
        Px = 43250.5m,
        AttachAlgoOrds = new List<AttachedAlgoOrder>
        {
            new() { TpTriggerPx = 45000.10m, TpOrdPx = -1m, SlTriggerPx = 0.000001m },
            new() { SlOrdPx = -1m, AttachAlgoClOrdId = "x1" },
        },
    };

    private static RuleProbeRequest CultureRuleProbe() => new()
    {
        Amount = -1234567.890m,
        Big = long.MaxValue,
        Count = int.MinValue,
        Flag = false,
        Grid = new List<IReadOnlyList<decimal>> { new List<decimal> { 0.01m, -1m }, new List<decimal> { 43250.5m } },
        InstType = InstrumentType.Swap,
        OrdType = OrderType.MmpAndPostOnly,
        Text = "\u00e9 \u8ba2\u5355",
        Renamed = "Z",
        Labels = new List<string> { "a", "", "c" },
        Outer = new RuleOuter
        {
            Zeta = "z",
            Alpha = "a",
            Inner = new RuleInner { Zed = 1, Beta = "b", Deep = new RuleDeep { Yy = true, Aa = 0.010m } },
            Items = new List<RuleInner> { new() { Zed = 2 }, new() { Deep = new RuleDeep { Aa = -0.5m } }, new() },
        },
    };

    private static QueryProbeRequest CultureQuery() => new()
    {
        Q = "a b&c=d+e#f%g\nh \u00e9,i-._~/?",
        Px = -0.010m,
        After = long.MinValue,
        Limit = int.MaxValue,
        Simple = true,
        InstType = InstrumentType.Futures,
        Ccy = new List<string> { "BTC", "ETH" },
        Kind = OrderType.PostOnly,
    };

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void PlaceOrderBodyAndSignature_UnderCulture_MatchOracle(string culture)
    {
        SigningVector vector = VectorFile.Get(VectorFile.Oracle, "culture-place-order");
        using var scope = new CultureScope(culture);

        PlaceOrderRequest request = CulturePlaceOrder();

        AssertBodyAndSignature(vector, request, request.ToJson());
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void LongsIntsAndNestedDecimals_UnderCulture_MatchOracle(string culture)
    {
        SigningVector vector = VectorFile.Get(VectorFile.Oracle, "culture-rule-probe");
        using var scope = new CultureScope(culture);

        RuleProbeRequest request = CultureRuleProbe();

        AssertBodyAndSignature(vector, request, request.ToJson());
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void QueryAndSignature_UnderCulture_MatchOracle(string culture)
    {
        SigningVector vector = VectorFile.Get(VectorFile.Oracle, "culture-query");
        using var scope = new CultureScope(culture);

        QueryProbeRequest request = CultureQuery();

        Assert.Equal(vector.ExpectedRequestPath[vector.Path.Length..], request.ToQueryString());
        var query = new byte[512];
        Assert.True(request.TryWriteQuery(query, out int written));
        Assert.Equal(vector.ExpectedRequestPath[vector.Path.Length..], Encoding.UTF8.GetString(query, 0, written));
        AssertBodyAndSignature(vector, request, "");
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void SharedVectors_UnderCulture_StillMatch(string culture)
    {
        using var scope = new CultureScope(culture);

        foreach (string name in VectorFile.NamesIn(VectorFile.Shared))
        {
            SigningVector vector = VectorFile.Get(VectorFile.Shared, name);
            VectorAssert.Matches(vector, VectorRequests.Build(vector));
        }
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void FormatTimestamp_UnderCulture_IsGregorianAsciiUtc(string culture)
    {
        using var scope = new CultureScope(culture);

        // 2024 is 2567 in the Thai calendar, 1403 in the Persian one and 1445 in the Umm al-Qura one.
        Assert.Equal("2024-02-29T23:59:59.999Z", OkxSigner.FormatTimestamp(new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.Zero)));
        Assert.Equal("2024-03-01T04:29:59.999Z", OkxSigner.FormatTimestamp(new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.FromHours(-4.5))));
        Assert.Equal("0001-01-01T00:00:00.000Z", OkxSigner.FormatTimestamp(DateTimeOffset.MinValue));
    }

    private static void AssertBodyAndSignature(SigningVector vector, IOkxRequest request, string bodyText)
    {
        Assert.Equal(vector.ExpectedBody, bodyText);
        var body = new byte[4096];
        Assert.True(request.TryWriteBody(body, out int bodyLength));
        Assert.Equal(vector.ExpectedBody, Encoding.UTF8.GetString(body, 0, bodyLength));

        var path = new byte[512];
        Assert.True(request.TryWriteRequestPath(path, out int pathLength));
        string requestPath = Encoding.UTF8.GetString(path, 0, pathLength);
        Assert.Equal(vector.ExpectedRequestPath, requestPath);

        // The timestamp is formatted under the culture too, from the instant the vector signs.
        DateTimeOffset instant = DateTimeOffset.Parse(vector.Timestamp, System.Globalization.CultureInfo.InvariantCulture);
        string timestamp = OkxSigner.FormatTimestamp(instant);
        Assert.Equal(vector.Timestamp, timestamp);

        Assert.Equal(vector.ExpectedSign, OkxSigner.Sign(vector.SecretKey, timestamp, vector.Method, requestPath, bodyText));

        var prehash = new byte[8192];
        Assert.True(OkxSigner.TryWritePrehash(
            Encoding.ASCII.GetBytes(timestamp), Encoding.ASCII.GetBytes(vector.Method), path.AsSpan(0, pathLength), body.AsSpan(0, bodyLength), prehash, out int prehashLength));
        Assert.Equal(vector.ExpectedPrehash, Encoding.UTF8.GetString(prehash, 0, prehashLength));
        var signature = new byte[OkxSigner.SignatureLength];
        Assert.True(OkxSigner.TrySign(Encoding.UTF8.GetBytes(vector.SecretKey), prehash.AsSpan(0, prehashLength), signature, out _));
        Assert.Equal(vector.ExpectedSign, Encoding.ASCII.GetString(signature));
    }
}
