using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using OkxGen.IntegrationTests.Endpoints;

namespace OkxGen.IntegrationTests.TestSupport;

/// <summary>A writer with the shape of the generated <c>TryWriteBody</c> and <c>TryWriteQuery</c>.</summary>
public delegate bool SpanWriter(Span<byte> destination, out int bytesWritten);

/// <summary>A request built from a vector, with the generated members that are not on <see cref="IOkxRequest"/>.</summary>
public sealed record BuiltRequest(
    IOkxRequest Request,
    Func<string>? ToJson = null,
    Action<IBufferWriter<byte>>? WriteBody = null,
    Func<string>? ToQueryString = null,
    SpanWriter? TryWriteQuery = null);

/// <summary>Builds the declared request of a vector from the vector's own values, one builder per endpoint.</summary>
public static class VectorRequests
{
    public static BuiltRequest Build(SigningVector vector)
    {
        JsonFields? query = vector.Query is { } q ? new JsonFields(q) : null;
        BuiltRequest built = (vector.Method, vector.Path) switch
        {
            ("POST", "/api/v5/trade/order") => Post(PlaceOrder(BodyObject(vector))),
            ("POST", "/api/v5/trade/batch-orders") => Post(new PlaceBatchOrdersRequest { Orders = BodyArray(vector, PlaceOrder) }),
            ("POST", "/api/v5/trade/amend-order") => Post(AmendOrder(BodyObject(vector))),
            ("POST", "/api/v5/trade/cancel-order") => Post(CancelOrder(BodyObject(vector))),
            ("POST", "/api/v5/test/rule-probe") => Post(RuleProbe(BodyObject(vector))),
            ("POST", "/api/v5/test/astral-names") => Post(AstralNames(BodyObject(vector))),
            ("GET", "/api/v5/account/balance") => Get(new GetBalanceRequest { Ccy = query?.String("ccy") }),
            ("GET", "/api/v5/account/config") => Get(new GetAccountConfigRequest()),
            ("GET", "/api/v5/trade/orders-pending") => Get(OrdersPending(query)),
            ("GET", "/api/v5/test/query-probe") => Get(QueryProbe(query)),
            _ => throw new InvalidOperationException($"Vector \"{vector.Name}\": no request builder for {vector.Method} {vector.Path}."),
        };

        query?.AssertAllRead();
        return built;
    }

    public static PlaceOrderRequest PlaceOrder(JsonFields f) => Done(f, new PlaceOrderRequest
    {
        InstId = f.RequiredString("instId"),
        TdMode = f.RequiredEnum<TradeMode>("tdMode"),
        Side = f.RequiredEnum<OrderSide>("side"),
        PosSide = f.Enum<PositionSide>("posSide"),
        OrdType = f.RequiredEnum<OrderType>("ordType"),
        Sz = f.RequiredDecimal("sz"),
        Px = f.Decimal("px"),
        ClOrdId = f.String("clOrdId"),
        Tag = f.String("tag"),
        ReduceOnly = f.Boolean("reduceOnly"),
        AttachAlgoOrds = f.Array("attachAlgoOrds", e => AttachedAlgo(new JsonFields(e))),
    });

    private static AttachedAlgoOrder AttachedAlgo(JsonFields f) => Done(f, new AttachedAlgoOrder
    {
        AttachAlgoClOrdId = f.String("attachAlgoClOrdId"),
        TpTriggerPx = f.Decimal("tpTriggerPx"),
        TpOrdPx = f.Decimal("tpOrdPx"),
        SlTriggerPx = f.Decimal("slTriggerPx"),
        SlOrdPx = f.Decimal("slOrdPx"),
    });

    private static AmendOrderRequest AmendOrder(JsonFields f) => Done(f, new AmendOrderRequest
    {
        InstId = f.RequiredString("instId"),
        OrdId = f.String("ordId"),
        ClOrdId = f.String("clOrdId"),
        CxlOnFail = f.Boolean("cxlOnFail"),
        ReqId = f.String("reqId"),
        NewSz = f.Decimal("newSz"),
        NewPx = f.Decimal("newPx"),
    });

    private static CancelOrderRequest CancelOrder(JsonFields f) => Done(f, new CancelOrderRequest
    {
        InstId = f.RequiredString("instId"),
        OrdId = f.String("ordId"),
        ClOrdId = f.String("clOrdId"),
    });

    private static RuleProbeRequest RuleProbe(JsonFields f) => Done(f, new RuleProbeRequest
    {
        Text = f.String("text"),
        Amount = f.Decimal("amount"),
        Big = f.Int64("big"),
        Count = f.Int32("count"),
        Flag = f.Boolean("flag"),
        InstType = f.Enum<InstrumentType>("instType"),
        OrdType = f.Enum<OrderType>("ordType"),
        Renamed = f.String("Zulu"),
        Outer = f.Object("outer") is { } outer ? RuleOuter(outer) : null,
        Grid = f.Array("grid", row => Decimals(row)),
        Labels = f.Array("labels", e => e.GetString()!),
    });

    private static RuleOuter RuleOuter(JsonFields f) => Done(f, new RuleOuter
    {
        Zeta = f.String("zeta"),
        Alpha = f.String("alpha"),
        Inner = f.Object("inner") is { } inner ? RuleInner(inner) : null,
        Items = f.Array("items", e => RuleInner(new JsonFields(e))),
    });

    private static RuleInner RuleInner(JsonFields f) => Done(f, new RuleInner
    {
        Zed = f.Int32("zed"),
        Beta = f.String("beta"),
        Deep = f.Object("deep") is { } deep ? Done(deep, new RuleDeep { Yy = deep.Boolean("yy"), Aa = deep.Decimal("aa") }) : null,
    });

    private static AstralNamesRequest AstralNames(JsonFields f) => Done(f, new AstralNamesRequest
    {
        FullwidthA = f.String("\uFF21"),
        Rocket = f.String("\U0001F680"),
    });

    private static GetOrdersPendingRequest OrdersPending(JsonFields? q) => new()
    {
        InstType = q?.Enum<InstrumentType>("instType"),
        InstId = q?.String("instId"),
        OrdType = q?.CommaList("ordType", JsonFields.ParseWire<OrderType>),
        Limit = q?.Int32("limit"),
    };

    private static QueryProbeRequest QueryProbe(JsonFields? q) => new()
    {
        Q = q?.String("q"),
        Px = q?.Decimal("px"),
        After = q?.Int64("after"),
        Limit = q?.Int32("limit"),
        Simple = q?.Boolean("simple"),
        InstType = q?.Enum<InstrumentType>("instType"),
        Ccy = q?.CommaList("ccy", s => s),
        Kind = q?.Enum<OrderType>("ordType"),
    };

    private static List<decimal> Decimals(JsonElement array)
    {
        var values = new List<decimal>();
        foreach (JsonElement item in array.EnumerateArray())
        {
            values.Add(JsonFields.ParseDecimal(item.GetString()!));
        }

        return values;
    }

    private static JsonFields BodyObject(SigningVector vector) =>
        new(vector.Body ?? throw new InvalidOperationException($"Vector \"{vector.Name}\" has no body."));

    private static List<T> BodyArray<T>(SigningVector vector, Func<JsonFields, T> read)
    {
        JsonElement body = vector.Body ?? throw new InvalidOperationException($"Vector \"{vector.Name}\" has no body.");
        var items = new List<T>();
        foreach (JsonElement item in body.EnumerateArray())
        {
            items.Add(read(new JsonFields(item)));
        }

        return items;
    }

    private static T Done<T>(JsonFields fields, T value)
    {
        fields.AssertAllRead();
        return value;
    }

    private static BuiltRequest Post(PlaceOrderRequest r) => new(r, r.ToJson, r.WriteBody);

    private static BuiltRequest Post(PlaceBatchOrdersRequest r) => new(r, r.ToJson, r.WriteBody);

    private static BuiltRequest Post(AmendOrderRequest r) => new(r, r.ToJson, r.WriteBody);

    private static BuiltRequest Post(CancelOrderRequest r) => new(r, r.ToJson, r.WriteBody);

    private static BuiltRequest Post(RuleProbeRequest r) => new(r, r.ToJson, r.WriteBody);

    private static BuiltRequest Post(AstralNamesRequest r) => new(r, r.ToJson, r.WriteBody);

    private static BuiltRequest Get(GetBalanceRequest r) => new(r, ToQueryString: r.ToQueryString, TryWriteQuery: r.TryWriteQuery);

    private static BuiltRequest Get(GetAccountConfigRequest r) => new(r, ToQueryString: r.ToQueryString, TryWriteQuery: r.TryWriteQuery);

    private static BuiltRequest Get(GetOrdersPendingRequest r) => new(r, ToQueryString: r.ToQueryString, TryWriteQuery: r.TryWriteQuery);

    private static BuiltRequest Get(QueryProbeRequest r) => new(r, ToQueryString: r.ToQueryString, TryWriteQuery: r.TryWriteQuery);
}
