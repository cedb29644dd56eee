using System;

namespace OkxGen.Testing.Responses;

/// <summary>Default answers for <c>/api/v5/public/*</c>, shaped like the OKX documentation's examples.</summary>
internal static class PublicDefaults
{
    public static void Register(ResponseRouter router)
    {
        router.SetDefault("GET", "/api/v5/public/time", Time);
        router.SetDefault("GET", "/api/v5/public/instruments", Instruments);
    }

    /// <summary>The server's clock (provider time plus offset) in Unix milliseconds.</summary>
    private static OkxTestResponse Time(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("ts", OkxJson.Milliseconds(request));
            writer.WriteEndObject();
        }));

    /// <summary>One instrument of the requested type: BTC-USDT for SPOT, BTC-USDT-SWAP for SWAP (and anything else).</summary>
    private static OkxTestResponse Instruments(RecordedRequest request)
    {
        string instType = request.GetQueryValue("instType") ?? string.Empty;
        if (instType.Length == 0)
        {
            return OkxTestResponse.Error("50014", "Parameter instType cannot be empty");
        }

        bool spot = string.Equals(instType, "SPOT", StringComparison.Ordinal);
        return OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStrings(
                ("alias", string.Empty),
                ("baseCcy", spot ? "BTC" : string.Empty),
                ("category", "1"),
                ("ctMult", spot ? string.Empty : "1"),
                ("ctType", spot ? string.Empty : "linear"),
                ("ctVal", spot ? string.Empty : "0.01"),
                ("ctValCcy", spot ? string.Empty : "BTC"),
                ("expTime", string.Empty),
                ("instFamily", spot ? string.Empty : "BTC-USDT"),
                ("instId", request.GetQueryValue("instId") ?? (spot ? "BTC-USDT" : "BTC-USDT-SWAP")),
                ("instType", instType),
                ("lever", spot ? "10" : "100"),
                ("listTime", "1606468572000"),
                ("lotSz", spot ? "0.00000001" : "0.01"),
                ("maxIcebergSz", "9999999999"),
                ("maxLmtAmt", "20000000"),
                ("maxLmtSz", "9999999999"),
                ("maxMktAmt", "1000000"),
                ("maxMktSz", spot ? "1000000" : "12000"),
                ("maxStopSz", spot ? "1000000" : "12000"),
                ("maxTriggerSz", "9999999999"),
                ("maxTwapSz", "9999999999"),
                ("minSz", spot ? "0.00001" : "0.01"),
                ("optType", string.Empty),
                ("quoteCcy", spot ? "USDT" : string.Empty),
                ("settleCcy", spot ? string.Empty : "USDT"),
                ("state", "live"),
                ("stk", string.Empty),
                ("tickSz", "0.1"),
                ("uly", spot ? string.Empty : "BTC-USDT"));
            writer.WriteEndObject();
        }));
    }
}
