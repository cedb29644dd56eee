using System;
using System.Globalization;

namespace OkxGen.Testing.Responses;

/// <summary>Default answers for <c>/api/v5/market/*</c> (public), shaped like the OKX documentation's examples.</summary>
internal static class MarketDefaults
{
    private const int DefaultCandleCount = 3;

    public static void Register(ResponseRouter router)
    {
        router.SetDefault("GET", "/api/v5/market/ticker", Ticker);
        router.SetDefault("GET", "/api/v5/market/candles", Candles);
        router.SetDefault("GET", "/api/v5/market/books", Books);
    }

    private static OkxTestResponse Ticker(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            string instId = request.GetQueryValue("instId") ?? "BTC-USDT";
            writer.WriteStartObject();
            writer.WriteStrings(
                ("instType", instId.EndsWith("-SWAP", StringComparison.Ordinal) ? "SWAP" : "SPOT"),
                ("instId", instId),
                ("last", "43253.1"),
                ("lastSz", "0.00012"),
                ("askPx", "43253.2"),
                ("askSz", "0.5341"),
                ("bidPx", "43253.1"),
                ("bidSz", "1.2019"),
                ("open24h", "42871.6"),
                ("high24h", "43510"),
                ("low24h", "42570.3"),
                ("volCcy24h", "312654890.0825"),
                ("vol24h", "7247.3511"),
                ("ts", OkxJson.Milliseconds(request)),
                ("sodUtc0", "42981.2"),
                ("sodUtc8", "42890.7"));
            writer.WriteEndObject();
        }));

    /// <summary>Newest first, one-minute bars ending at the request's arrival; the newest is unconfirmed (<c>"0"</c>).</summary>
    private static OkxTestResponse Candles(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            int count = int.TryParse(request.GetQueryValue("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out int limit) && limit > 0
                ? Math.Min(limit, 100)
                : DefaultCandleCount;
            long minute = request.ReceivedAt.ToUnixTimeMilliseconds() / 60_000 * 60_000;
            for (int i = 0; i < count; i++)
            {
                string open = (43200 + i).ToString(CultureInfo.InvariantCulture);
                writer.WriteStringArray(
                    (minute - (i * 60_000L)).ToString(CultureInfo.InvariantCulture),
                    open,
                    (43260 + i).ToString(CultureInfo.InvariantCulture),
                    (43190 + i).ToString(CultureInfo.InvariantCulture),
                    (43250 + i).ToString(CultureInfo.InvariantCulture),
                    "12.54",
                    "12.54",
                    "542213.1",
                    i == 0 ? "0" : "1");
            }
        }));

    /// <summary>Three levels each side: price, size, a deprecated <c>"0"</c>, and the number of orders.</summary>
    private static OkxTestResponse Books(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("asks");
            writer.WriteStringArray("43253.2", "0.5341", "0", "4");
            writer.WriteStringArray("43253.5", "0.01", "0", "1");
            writer.WriteStringArray("43254", "1.25", "0", "7");
            writer.WriteEndArray();
            writer.WriteStartArray("bids");
            writer.WriteStringArray("43253.1", "1.2019", "0", "9");
            writer.WriteStringArray("43252.8", "0.3", "0", "2");
            writer.WriteStringArray("43252", "2.1", "0", "11");
            writer.WriteEndArray();
            writer.WriteString("ts", OkxJson.Milliseconds(request));
            writer.WriteEndObject();
        }));
}
