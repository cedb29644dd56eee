using System;
using System.Collections.Generic;
using System.Linq;
using OkxGen.ReliabilityTests.Endpoints;

namespace OkxGen.ReliabilityTests.Support;

/// <summary>The expected wire form of the fuzz endpoints, written from the rules and not from generated code.</summary>
internal static class ReferenceModel
{
    public static string WireValue(FuzzSide side) => side switch
    {
        FuzzSide.Buy => "buy",
        FuzzSide.Sell => "sell",
        FuzzSide.OptimalLimitIoc => "optimal_limit_ioc",
        FuzzSide.PostOnly => "Post-Only/\"x\"",
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static JNode Body(FuzzBatchRequest request) => new JArray(request.Orders.Select(Body).ToList());

    public static JNode Body(FuzzOrderRequest r) => new JObject()
        .Add("instId", new JString(r.InstId))
        .Add("side", new JString(WireValue(r.Side)))
        .Add("sz", new JString(ReferenceText.Decimal(r.Sz)))
        .Add("px", Str(r.Px))
        .Add("clOrdId", Str(r.ClOrdId))
        .Add("tag", Str(r.Tag))
        .Add("ts", Str(r.Ts))
        .Add("lever", Str(r.Lever))
        .Add("reduceOnly", r.ReduceOnly is { } reduceOnly ? new JLiteral(reduceOnly) : null)
        .Add("posSide", r.PosSide is { } posSide ? new JString(WireValue(posSide)) : null)
        .Add("Zeta", Str(r.Renamed))
        .Add("notes", r.Notes is null ? null : new JArray(r.Notes.Select(n => (JNode)new JString(n)).ToList()))
        .Add("levels", r.Levels is null ? null : new JArray(r.Levels.Select(l => (JNode)new JString(ReferenceText.Decimal(l))).ToList()))
        .Add("main", r.Main is null ? null : Body(r.Main))
        .Add("attachAlgoOrds", r.AttachAlgoOrds is null ? null : new JArray(r.AttachAlgoOrds.Select(Body).ToList()));

    public static JNode Body(FuzzLeg leg) => new JObject()
        .Add("id", Str(leg.Id))
        .Add("tpTriggerPx", Str(leg.TpTriggerPx))
        .Add("flag", leg.Flag is { } flag ? new JLiteral(flag) : null)
        .Add("tags", leg.Tags is null ? null : new JArray(leg.Tags.Select(t => (JNode)new JString(t)).ToList()))
        .Add("inner", leg.Inner is null ? null : new JObject().Add("a", Str(leg.Inner.A)).Add("b", Str(leg.Inner.B)));

    /// <summary>The decoded query parameters, sorted by key; list elements joined with ','.</summary>
    public static SortedDictionary<string, string> QueryValues(FuzzQueryRequest r)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Put(values, "instId", r.InstId);
        Put(values, "after", r.After);
        Put(values, "before", r.Before is { } before ? ReferenceText.Integer(before) : null);
        Put(values, "px", r.Px is { } px ? ReferenceText.Decimal(px) : null);
        Put(values, "limit", r.Limit is { } limit ? ReferenceText.Integer(limit) : null);
        Put(values, "simple", r.Simple is { } simple ? (simple ? "true" : "false") : null);
        Put(values, "side", r.Side is { } side ? WireValue(side) : null);
        Put(values, "ccy", r.Ccy is null ? null : string.Join(",", r.Ccy));
        return values;
    }

    /// <summary>The query string as the rule writes it: sorted keys, each list element encoded, ',' between them.</summary>
    public static string QueryString(FuzzQueryRequest r)
    {
        SortedDictionary<string, string> values = QueryValues(r);
        var parts = new List<string>();
        foreach (KeyValuePair<string, string> pair in values)
        {
            string encoded = pair.Key == "ccy"
                ? string.Join(",", r.Ccy!.Select(ReferenceText.Query))
                : ReferenceText.Query(pair.Value);
            parts.Add(pair.Key + "=" + encoded);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static JString? Str(string? value) => value is null ? null : new JString(value);

    private static JString? Str(decimal? value) => value is { } v ? new JString(ReferenceText.Decimal(v)) : null;

    private static JString? Str(long? value) => value is { } v ? new JString(ReferenceText.Integer(v)) : null;

    private static void Put(SortedDictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values.Add(key, value);
        }
    }
}
