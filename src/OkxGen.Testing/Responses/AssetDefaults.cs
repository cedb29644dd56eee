using System;
using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>Default answers for <c>/api/v5/asset/*</c>, shaped like the OKX documentation's examples.</summary>
internal static class AssetDefaults
{
    /// <summary>One row per currency and chain: ccy, chain, name, withdrawal fee, minimum deposit, minimum withdrawal, maximum withdrawal, withdrawal precision.</summary>
    private static readonly (string Ccy, string Chain, string Name, string Fee, string MinDep, string MinWd, string MaxWd, string WdTickSz)[] Chains =
    [
        ("BTC", "BTC-Bitcoin", "Bitcoin", "0.00005", "0.0005", "0.0005", "500", "8"),
        ("ETH", "ETH-ERC20", "Ethereum", "0.0012", "0.001", "0.001", "5000", "8"),
        ("USDT", "USDT-ERC20", "Tether", "3", "1", "2", "10000000", "6"),
        ("USDT", "USDT-TRC20", "Tether", "1", "1", "0.1", "10000000", "6"),
    ];

    public static void Register(ResponseRouter router) =>
        router.SetDefault("GET", "/api/v5/asset/currencies", Currencies);

    /// <summary>Every chain of every currency, or of the currencies in <c>ccy</c> (comma-separated).</summary>
    private static OkxTestResponse Currencies(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            string[] wanted = (request.GetQueryValue("ccy") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
            foreach ((string ccy, string chain, string name, string fee, string minDep, string minWd, string maxWd, string wdTickSz) in Chains)
            {
                if (wanted.Length == 0 || Array.IndexOf(wanted, ccy) >= 0)
                {
                    WriteCurrency(writer, ccy, chain, name, fee, minDep, minWd, maxWd, wdTickSz);
                }
            }
        }));

    private static void WriteCurrency(Utf8JsonWriter writer, string ccy, string chain, string name, string fee, string minDep, string minWd, string maxWd, string wdTickSz)
    {
        writer.WriteStartObject();
        writer.WriteStrings(("burningFeeRate", string.Empty));
        writer.WriteBoolean("canDep", true);
        writer.WriteBoolean("canInternal", true);
        writer.WriteBoolean("canWd", true);
        writer.WriteStrings(
            ("ccy", ccy),
            ("chain", chain),
            ("ctAddr", string.Empty),
            ("depEstOpenTime", string.Empty),
            ("depQuotaFixed", string.Empty),
            ("depQuoteDailyLayer2", string.Empty),
            ("fee", fee),
            ("logoLink", string.Empty));
        writer.WriteBoolean("mainNet", true);
        writer.WriteStrings(
            ("maxFee", fee),
            ("maxFeeForCtAddr", string.Empty),
            ("maxWd", maxWd),
            ("minDep", minDep),
            ("minDepArrivalConfirm", "1"),
            ("minFee", fee),
            ("minFeeForCtAddr", string.Empty),
            ("minInternal", "0.0001"),
            ("minWd", minWd),
            ("minWdUnlockConfirm", "2"),
            ("name", name));
        writer.WriteBoolean("needTag", false);
        writer.WriteStrings(
            ("usedDepQuotaFixed", string.Empty),
            ("usedWdQuota", "0"),
            ("wdEstOpenTime", string.Empty),
            ("wdQuota", "10000000"),
            ("wdTickSz", wdTickSz));
        writer.WriteEndObject();
    }
}
