using System;
using System.Collections.Generic;
using System.Text.Json;
using OkxGen.Testing.Instruments;

namespace OkxGen.Testing.Responses;

/// <summary>Default answers for <c>/api/v5/public/*</c>, shaped like the OKX documentation's examples.</summary>
internal static class PublicDefaults
{
    public static void Register(ResponseRouter router)
    {
        router.SetDefault("GET", "/api/v5/public/time", Time);
        router.SetDefault("GET", "/api/v5/public/instruments", Instruments);
        router.SetDefault("GET", "/api/v5/public/underlying", Underlying);
    }

    /// <summary>The server's clock (provider time plus offset) in Unix milliseconds.</summary>
    private static OkxTestResponse Time(RecordedRequest request) =>
        OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("ts", OkxJson.Milliseconds(request));
            writer.WriteEndObject();
        }));

    /// <summary>The catalogue's instruments of <c>instType</c>, filtered by <c>instId</c>, <c>instFamily</c> and <c>uly</c>; options need a family or an underlying.</summary>
    private static OkxTestResponse Instruments(RecordedRequest request)
    {
        string instType = request.GetQueryValue("instType") ?? string.Empty;
        if (instType.Length == 0)
        {
            return OkxTestResponse.Error("50014", "Parameter instType can not be empty.", 400);
        }

        if (!InstrumentCatalogue.IsKnownType(instType))
        {
            return OkxTestResponse.Error("51000", "Parameter instType error", 400);
        }

        string? instId = request.GetQueryValue("instId");
        string? family = request.GetQueryValue("instFamily");
        string? uly = request.GetQueryValue("uly");
        if (instType == "OPTION" && string.IsNullOrEmpty(family) && string.IsNullOrEmpty(uly))
        {
            return OkxTestResponse.Error("50015", "Either parameter uly or instFamily is required", 400);
        }

        var matches = new List<TestInstrument>();
        foreach (TestInstrument instrument in InstrumentCatalogue.All)
        {
            if (instrument.InstType == instType
                && Matches(instId, instrument.InstId)
                && Matches(family, instrument.InstFamily)
                && Matches(uly, instrument.Uly))
            {
                matches.Add(instrument);
            }
        }

        return OkxTestResponse.Json(OkxJson.Success(writer =>
        {
            foreach (TestInstrument instrument in matches)
            {
                InstrumentWriter.Write(writer, instrument);
            }
        }));
    }

    /// <summary>The underlyings of the catalogue's instruments of <c>instType</c>, as one array inside <c>data</c>.</summary>
    private static OkxTestResponse Underlying(RecordedRequest request)
    {
        string instType = request.GetQueryValue("instType") ?? string.Empty;
        if (instType.Length == 0)
        {
            return OkxTestResponse.Error("50014", "Parameter instType can not be empty.", 400);
        }

        var underlyings = new List<string>();
        foreach (TestInstrument instrument in InstrumentCatalogue.All)
        {
            if (instrument.InstType == instType && instType is "SWAP" or "FUTURES" or "OPTION" && !underlyings.Contains(instrument.Uly))
            {
                underlyings.Add(instrument.Uly);
            }
        }

        return OkxTestResponse.Json(OkxJson.Success(writer => writer.WriteStringArray([.. underlyings])));
    }

    private static bool Matches(string? filter, string value) => string.IsNullOrEmpty(filter) || string.Equals(filter, value, StringComparison.Ordinal);
}
