using System.Text.Json;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.Instruments;

/// <summary>Writes one instrument with every field of OKX's documented example, in its order.</summary>
internal static class InstrumentWriter
{
    public static void Write(Utf8JsonWriter writer, TestInstrument instrument)
    {
        bool spotLike = instrument.InstType is "SPOT" or "MARGIN";
        writer.WriteStartObject();
        writer.WriteStrings(
            ("alias", string.Empty),
            ("auctionEndTime", string.Empty),
            ("baseCcy", instrument.BaseCcy),
            ("category", "1"),
            ("ctMult", instrument.CtVal.Length == 0 ? string.Empty : "1"),
            ("ctType", instrument.CtType),
            ("ctVal", instrument.CtVal),
            ("ctValCcy", instrument.CtValCcy),
            ("contTdSwTime", string.Empty),
            ("expTime", instrument.ExpTime));
        writer.WriteBoolean("futureSettlement", false);
        writer.WriteStrings(
            ("groupId", instrument.GroupId),
            ("instFamily", instrument.InstFamily),
            ("instId", instrument.InstId),
            ("instType", instrument.InstType),
            ("lever", instrument.Lever),
            ("listTime", "1606468572000"),
            ("lotSz", instrument.LotSz),
            ("maxIcebergSz", "9999999999.0000000000000000"),
            ("maxLmtAmt", "1000000"),
            ("maxLmtSz", "9999999999"),
            ("maxMktAmt", spotLike ? "1000000" : string.Empty),
            ("maxMktSz", spotLike ? "1000000" : "12000"),
            ("maxStopSz", spotLike ? "1000000" : "12000"),
            ("maxTriggerSz", "9999999999.0000000000000000"),
            ("maxTwapSz", "9999999999.0000000000000000"),
            ("minSz", instrument.MinSz),
            ("optType", instrument.OptType),
            ("openType", spotLike ? "fix_price" : string.Empty),
            ("preMktSwTime", string.Empty),
            ("quoteCcy", instrument.QuoteCcy));
        writer.WriteStartArray("tradeQuoteCcyList");
        if (instrument.QuoteCcy.Length > 0)
        {
            writer.WriteStringValue(instrument.QuoteCcy);
        }

        writer.WriteEndArray();
        writer.WriteStrings(
            ("settleCcy", instrument.SettleCcy),
            ("state", "live"),
            ("ruleType", "normal"),
            ("stk", instrument.Stk),
            ("tickSz", instrument.TickSz),
            ("uly", instrument.Uly));

        // The one number in the answer: OKX documents instIdCode as an Integer.
        writer.WriteNumber("instIdCode", instrument.InstIdCode);
        writer.WriteStrings(("instCategory", "1"));
        writer.WriteStartArray("upcChg");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
