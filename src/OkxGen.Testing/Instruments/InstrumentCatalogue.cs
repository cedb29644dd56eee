using System;
using System.Collections.Generic;

namespace OkxGen.Testing.Instruments;

/// <summary>
/// The instruments the server knows: spot and margin BTC-USDT and ETH-USDT, linear and inverse perpetual swaps, quarterly
/// futures and a call and a put on BTC-USD, shaped after OKX's documentation of <c>GET /api/v5/public/instruments</c>.
/// </summary>
internal static class InstrumentCatalogue
{
    /// <summary>Quarterly expiry of the futures and options: 2026-12-25 08:00 UTC, OKX's delivery hour.</summary>
    private const string Expiry = "1798185600000";

    public static IReadOnlyList<TestInstrument> All { get; } =
    [
        Spot("SPOT", "BTC-USDT", "BTC", uly: "", lotSz: "0.00000001", minSz: "0.00001", tickSz: "0.1", 1000000000),
        Spot("SPOT", "ETH-USDT", "ETH", uly: "", lotSz: "0.000001", minSz: "0.0001", tickSz: "0.01", 1000000001),
        Spot("MARGIN", "BTC-USDT", "BTC", uly: "BTC-USDT", lotSz: "0.00000001", minSz: "0.00001", tickSz: "0.1", 1000000002),
        Spot("MARGIN", "ETH-USDT", "ETH", uly: "ETH-USDT", lotSz: "0.000001", minSz: "0.0001", tickSz: "0.01", 1000000003),
        Linear("SWAP", "BTC-USDT-SWAP", expTime: "", 1000000004),
        Inverse("SWAP", "BTC-USD-SWAP", expTime: "", 1000000005),
        Linear("FUTURES", "BTC-USDT-261225", Expiry, 1000000006),
        Inverse("FUTURES", "BTC-USD-261225", Expiry, 1000000007),
        Option("BTC-USD-261225-100000-C", "C", 1000000008),
        Option("BTC-USD-261225-100000-P", "P", 1000000009),
    ];

    /// <summary>The instrument types OKX's <c>instType</c> parameter takes for this endpoint (EVENTS aside).</summary>
    public static bool IsKnownType(string instType) =>
        instType is "SPOT" or "MARGIN" or "SWAP" or "FUTURES" or "OPTION";

    /// <summary>The instrument type of an order's instrument id, from its shape (<c>-SWAP</c>, an expiry date, a strike) and trade mode.</summary>
    public static string TypeOf(string instId, string tdMode)
    {
        string[] parts = instId.Split('-');
        return parts switch
        {
            [.., "SWAP"] => "SWAP",
            [_, _, _, _, "C" or "P"] => "OPTION",
            [_, _, _] => "FUTURES",
            _ => tdMode is "cross" or "isolated" ? "MARGIN" : "SPOT",
        };
    }

    /// <summary>The instrument family of a derivative id (<c>BTC-USD-SWAP</c> -&gt; <c>BTC-USD</c>); empty for spot.</summary>
    public static string FamilyOf(string instType, string instId)
    {
        if (instType is "SPOT")
        {
            return string.Empty;
        }

        int first = instId.IndexOf('-', StringComparison.Ordinal);
        int second = first < 0 ? -1 : instId.IndexOf('-', first + 1);
        return second < 0 ? instId : instId[..second];
    }

    private static TestInstrument Spot(string instType, string instId, string baseCcy, string uly, string lotSz, string minSz, string tickSz, long code) =>
        new(instType, instId, uly, baseCcy, "USDT", SettleCcy: "", CtType: "", CtVal: "", CtValCcy: "", OptType: "", Stk: "", ExpTime: "", Lever: "10", tickSz, lotSz, minSz, GroupId: "1", code);

    private static TestInstrument Linear(string instType, string instId, string expTime, long code) =>
        new(instType, instId, "BTC-USDT", BaseCcy: "", QuoteCcy: "", SettleCcy: "USDT", CtType: "linear", CtVal: "0.01", CtValCcy: "BTC", OptType: "", Stk: "", expTime, Lever: "100", TickSz: "0.1", LotSz: "0.01", MinSz: "0.01", GroupId: "2", code);

    private static TestInstrument Inverse(string instType, string instId, string expTime, long code) =>
        new(instType, instId, "BTC-USD", BaseCcy: "", QuoteCcy: "", SettleCcy: "BTC", CtType: "inverse", CtVal: "100", CtValCcy: "USD", OptType: "", Stk: "", expTime, Lever: "100", TickSz: "0.1", LotSz: "1", MinSz: "1", GroupId: "1", code);

    private static TestInstrument Option(string instId, string optType, long code) =>
        new("OPTION", instId, "BTC-USD", BaseCcy: "", QuoteCcy: "", SettleCcy: "BTC", CtType: "", CtVal: "0.01", CtValCcy: "BTC", optType, Stk: "100000", Expiry, Lever: "", TickSz: "0.0005", LotSz: "1", MinSz: "1", GroupId: "1", code);
}
