using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>Default answers for <c>/api/v5/account/*</c>, shaped like the OKX documentation's examples.</summary>
internal static class AccountDefaults
{
    public static void Register(ResponseRouter router)
    {
        router.SetDefault("GET", "/api/v5/account/balance", Balance);
        router.SetDefault("GET", "/api/v5/account/config", Config);
        router.SetDefault("GET", "/api/v5/account/positions", Positions);
        router.SetDefault("POST", "/api/v5/account/set-leverage", SetLeverage);
    }

    private static OkxTestResponse Balance(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            string ts = OkxJson.Milliseconds(request);
            string[] currencies = (request.GetQueryValue("ccy") ?? "BTC,USDT").Split(',', StringSplitOptions.RemoveEmptyEntries);
            writer.WriteStartObject();
            writer.WriteStrings(("adjEq", string.Empty), ("availEq", string.Empty), ("borrowFroz", string.Empty));
            writer.WriteStartArray("details");
            foreach (string ccy in currencies)
            {
                WriteBalanceDetail(writer, ccy, ts);
            }

            writer.WriteEndArray();
            writer.WriteStrings(
                ("imr", string.Empty),
                ("isoEq", "0"),
                ("mgnRatio", string.Empty),
                ("mmr", string.Empty),
                ("notionalUsd", string.Empty),
                ("ordFroz", string.Empty),
                ("totalEq", "89875.25"),
                ("uTime", ts),
                ("upl", string.Empty));
            writer.WriteEndObject();
        }));

    private static void WriteBalanceDetail(Utf8JsonWriter writer, string ccy, string ts)
    {
        (string eq, string eqUsd) = ccy switch
        {
            "BTC" => ("1.5", "64875.25"),
            "USDT" => ("25000", "25000"),
            "ETH" => ("10", "23000"),
            _ => ("100", "100"),
        };
        writer.WriteStartObject();
        writer.WriteStrings(
            ("availBal", eq),
            ("availEq", eq),
            ("borrowFroz", string.Empty),
            ("cashBal", eq),
            ("ccy", ccy));
        writer.WriteBoolean("collateralEnabled", true);
        writer.WriteStrings(
            ("crossLiab", string.Empty),
            ("disEq", eqUsd),
            ("eq", eq),
            ("eqUsd", eqUsd),
            ("fixedBal", "0"),
            ("frozenBal", "0"),
            ("imr", string.Empty),
            ("interest", string.Empty),
            ("isoEq", "0"),
            ("isoLiab", string.Empty),
            ("isoUpl", "0"),
            ("liab", string.Empty),
            ("maxLoan", string.Empty),
            ("mgnRatio", string.Empty),
            ("mmr", string.Empty),
            ("notionalLever", string.Empty),
            ("ordFrozen", "0"),
            ("spotInUseAmt", string.Empty),
            ("stgyEq", "0"),
            ("twap", "0"),
            ("uTime", ts),
            ("upl", string.Empty),
            ("uplLiab", string.Empty));
        writer.WriteEndObject();
    }

    private static OkxTestResponse Config(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStrings(("acctLv", "2"), ("acctStpMode", "cancel_maker"));
            writer.WriteBoolean("autoLoan", false);
            writer.WriteStrings(("ctIsoMode", "automatic"));
            writer.WriteBoolean("enableSpotBorrow", false);
            writer.WriteStrings(
                ("greeksType", "PA"),
                ("ip", string.Empty),
                ("kycLv", "2"),
                ("label", "okxgen-test"),
                ("level", "Lv1"),
                ("levelTmp", string.Empty),
                ("liquidationGear", "-1"),
                ("mainUid", "44705892343619584"),
                ("mgnIsoMode", "automatic"),
                ("opAuth", "0"),
                ("perm", "read_only,trade"),
                ("posMode", "net_mode"),
                ("roleType", "0"));
            writer.WriteBoolean("spotBorrowAutoRepay", false);
            writer.WriteStrings(("spotOffsetType", string.Empty), ("spotRoleType", "0"));
            writer.WriteStartArray("spotTraderInsts");
            writer.WriteEndArray();
            writer.WriteStartArray("traderInsts");
            writer.WriteEndArray();
            writer.WriteStrings(("type", "0"), ("uid", "44705892343619584"));
            writer.WriteEndObject();
        }));

    private static OkxTestResponse Positions(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            string ts = OkxJson.Milliseconds(request);
            writer.WriteStartObject();
            writer.WriteStrings(
                ("adl", "1"),
                ("availPos", "1"),
                ("avgPx", "43250.5"),
                ("bePx", "43271.1"),
                ("cTime", ts),
                ("ccy", "USDT"),
                ("deltaBS", string.Empty),
                ("deltaPA", string.Empty),
                ("fee", "-0.2162525"),
                ("fundingFee", "0"),
                ("gammaBS", string.Empty),
                ("gammaPA", string.Empty),
                ("idxPx", "43255.2"),
                ("imr", "43.2531"),
                ("instId", request.GetQueryValue("instId") ?? "BTC-USDT-SWAP"),
                ("instType", "SWAP"),
                ("interest", string.Empty),
                ("last", "43253.1"),
                ("lever", "10"),
                ("liab", string.Empty),
                ("liabCcy", string.Empty),
                ("liqPx", "39390.2"),
                ("margin", string.Empty),
                ("markPx", "43253.1"),
                ("mgnMode", "cross"),
                ("mgnRatio", "152.3"),
                ("mmr", "1.7301"),
                ("notionalUsd", "432.531"),
                ("optVal", string.Empty),
                ("pendingCloseOrdLiabVal", string.Empty),
                ("pnl", "0"),
                ("pos", "1"),
                ("posCcy", string.Empty),
                ("posId", "307173036051017730"),
                ("posSide", "net"),
                ("quoteBal", string.Empty),
                ("realizedPnl", "-0.2162525"),
                ("thetaBS", string.Empty),
                ("thetaPA", string.Empty),
                ("tradeId", "109844"),
                ("uTime", ts),
                ("upl", "0.026"),
                ("uplLastPx", "0.026"),
                ("uplRatio", "0.0006011"),
                ("uplRatioLastPx", "0.0006011"),
                ("usdPx", string.Empty),
                ("vegaBS", string.Empty),
                ("vegaPA", string.Empty));
            writer.WriteEndObject();
        }));

    private static OkxTestResponse SetLeverage(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            Dictionary<string, string> fields = RequestJson.ReadObject(request);
            writer.WriteStartObject();
            writer.WriteStrings(
                ("instId", fields.Field("instId")),
                ("lever", fields.Field("lever")),
                ("mgnMode", fields.Field("mgnMode")),
                ("posSide", fields.Field("posSide")));
            writer.WriteEndObject();
        }));
}
