using System.Threading.Tasks;
using OkxGen.Generator.Tests.TestSupport;

namespace OkxGen.Generator.Tests;

/// <summary>The generated source for representative declarations, compared with reviewed snapshots and compiled without warnings.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public Task PostEndpoint_WithEnumsNestedObjectsAndLists() => SnapshotVerifier.VerifyAsync(nameof(PostEndpoint_WithEnumsNestedObjectsAndLists), """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public enum TradeMode { Cash, Cross, Isolated, SpotIsolated }
        public enum OrderSide { Buy, Sell }
        public enum OrderType { Market, Limit, PostOnly, OptimalLimitIoc }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public required TradeMode TdMode { get; init; }
            public required OrderSide Side { get; init; }
            public required OrderType OrdType { get; init; }
            public required decimal Sz { get; init; }
            public decimal? Px { get; init; }
            public string? ClOrdId { get; init; }
            public bool? ReduceOnly { get; init; }
            public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }
        }

        public sealed record AttachedAlgoOrder
        {
            public decimal? TpTriggerPx { get; init; }
            public decimal? TpOrdPx { get; init; }
            public decimal? SlTriggerPx { get; init; }
            public decimal? SlOrdPx { get; init; }
        }
        """);

    [Fact]
    public Task GetEndpoint_WithScalarsEnumsAndLists() => SnapshotVerifier.VerifyAsync(nameof(GetEndpoint_WithScalarsEnumsAndLists), """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public enum InstrumentType { [OkxValue("SPOT")] Spot, [OkxValue("SWAP")] Swap }

        [OkxEndpoint("GET", "/api/v5/trade/orders-pending")]
        public partial record GetOrdersPendingRequest
        {
            public InstrumentType? InstType { get; init; }
            public string? InstId { get; init; }
            public IReadOnlyList<string>? OrdType { get; init; }
            public int? Limit { get; init; }
            public long? After { get; init; }
            public bool? Simple { get; init; }
        }
        """);

    [Fact]
    public Task GetEndpoint_WithoutMembers() => SnapshotVerifier.VerifyAsync(nameof(GetEndpoint_WithoutMembers), """
        using OkxGen;

        [OkxEndpoint("GET", "/api/v5/public/time", Signed = false)]
        public partial class GetServerTimeRequest
        {
        }
        """);

    [Fact]
    public Task PostEndpoint_WithArrayBody() => SnapshotVerifier.VerifyAsync(nameof(PostEndpoint_WithArrayBody), """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-batch-orders")]
        public partial record CancelBatchOrdersRequest
        {
            [OkxBody]
            public required IReadOnlyList<CancelOrder> Orders { get; init; }
        }

        public sealed record CancelOrder(string InstId, string OrdId);
        """);

    [Fact]
    public Task NestedStructEndpoint_WithRenamedIgnoredAndListOfListsMembers() => SnapshotVerifier.VerifyAsync(nameof(NestedStructEndpoint_WithRenamedIgnoredAndListOfListsMembers), """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo.Api;

        public static partial class Account
        {
            [OkxEndpoint("POST", "/api/v5/account/set-leverage")]
            public partial record struct SetLeverageRequest
            {
                [JsonPropertyName("lever")]
                public required int Leverage { get; init; }

                public required string MgnMode { get; init; }

                [JsonIgnore]
                public string? LocalNote { get; init; }

                public long[][]? Value { get; init; }

                public List<string?>? Event { get; init; }
            }
        }
        """);

    [Fact]
    public Task ResponseTypes_PositionalRecordEnumsNestedListsAndItemStatus() => SnapshotVerifier.VerifyAsync(nameof(ResponseTypes_PositionalRecordEnumsNestedListsAndItemStatus), """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        public enum OrderState { Live, PartiallyFilled, [OkxValue("mmp_canceled")] MarketMakerCanceled }

        [OkxEndpoint("POST", "/api/v5/trade/amend-order", Response = typeof(OrderAck), AcceptsExpTime = true)]
        public partial record AmendOrderRequest
        {
            public required string InstId { get; init; }
            public string? OrdId { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/trade/order", Response = typeof(OrderDetails))]
        internal partial record GetOrderRequest
        {
            public required string InstId { get; init; }
        }

        public sealed record OrderAck
        {
            public string? OrdId { get; init; }
            public string? SCode { get; init; }
            public string? SMsg { get; init; }
            public DateTimeOffset? Ts { get; init; }
        }

        internal sealed record OrderDetails(string InstId, decimal Sz)
        {
            public OrderState State { get; init; }
            public OrderState? PreviousState { get; init; }
            [JsonPropertyName("fillPx")]
            public decimal? LastFillPrice { get; init; }
            public bool ReduceOnly { get; init; }
            public long? FillTime { get; init; }
            public string[]? Tags { get; init; }
            public IReadOnlyList<IReadOnlyList<string>> Levels { get; init; } = [];
            public Fee? Fee { get; init; }
            public string Summary => $"{InstId} {Sz}";
        }

        internal struct Fee
        {
            public decimal Amount { get; set; }
            public string Ccy { get; set; }
        }
        """);

    [Fact]
    public Task Endpoints_WithTimestampsAndEveryIntegerType() => SnapshotVerifier.VerifyAsync(nameof(Endpoints_WithTimestampsAndEveryIntegerType), """
        using System;
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/market/history-candles", Signed = false)]
        public partial record GetHistoryCandlesRequest
        {
            public required string InstId { get; init; }
            public DateTimeOffset? After { get; init; }
            public DateTimeOffset Before { get; init; }
            public byte? Limit { get; init; }
            public IReadOnlyList<ulong>? Ids { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/test/integers")]
        public partial record IntegersRequest
        {
            public byte U8 { get; init; }
            public sbyte I8 { get; init; }
            public short I16 { get; init; }
            public ushort U16 { get; init; }
            public uint U32 { get; init; }
            public ulong U64 { get; init; }
            public ulong? MaybeU64 { get; init; }
            public DateTimeOffset? ExpTime { get; init; }
            public IReadOnlyList<DateTimeOffset>? Times { get; init; }
        }
        """);

    [Fact]
    public Task ObsoleteMembers_CompileWithoutWarnings() => SnapshotVerifier.VerifyAsync(nameof(ObsoleteMembers_CompileWithoutWarnings), """
        using System;
        using OkxGen;

        namespace Demo;

        public enum Mode { Cash, [Obsolete("OKX retired it")] Legacy }

        [OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(Ack))]
        public partial record PlaceRequest
        {
            public required string InstId { get; init; }
            [Obsolete("OKX deprecated this parameter")]
            public string? QuickMgnType { get; init; }
            public Mode TdMode { get; init; }
        }

        [Obsolete("Use PlaceRequest")]
        [OkxEndpoint("GET", "/api/v5/trade/order")]
        public partial record OldGetRequest
        {
            [Obsolete] public string? InstId { get; init; }
        }

        public sealed record Ack
        {
            [Obsolete("OKX stopped sending it")]
            public string? Tag { get; init; }
        }
        """);

    [Fact]
    public Task EscapedOkxValues_InBodiesAndQueries() => SnapshotVerifier.VerifyAsync(nameof(EscapedOkxValues_InBodiesAndQueries), """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public enum Odd
        {
            [OkxValue("a\"b\\c")] Quoted,
            [OkxValue("x y&z=1,2/é")] Spaced,
            [OkxValue("tab\tnew\nline")] Controls,
        }

        [OkxEndpoint("POST", "/api/v5/test/odd")]
        public partial record OddBodyRequest
        {
            public Odd Value { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/test/odd")]
        public partial record OddQueryRequest
        {
            public Odd? Value { get; init; }
            public IReadOnlyList<Odd>? Values { get; init; }
        }
        """);

    [Fact]
    public Task DerivedEndpoint_HidesTheBaseEndpointsMembers() => SnapshotVerifier.VerifyAsync(nameof(DerivedEndpoint_HidesTheBaseEndpointsMembers), """
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public decimal? Sz { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/order-algo")]
        public partial record PlaceAlgoOrderRequest : PlaceOrderRequest
        {
            public decimal? TriggerPx { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/trade/order")]
        public partial record GetOrderRequest
        {
            public string? OrdId { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/trade/order-algo")]
        public partial record GetAlgoOrderRequest : GetOrderRequest
        {
            public string? AlgoId { get; init; }
        }
        """);

    // The colliding and the generic declarations get an analyzer error and nothing generated, and nothing else breaks.
    [Fact]
    public Task CollidingAndGenericEndpoints_AreSkipped() => SnapshotVerifier.VerifyAsync(nameof(CollidingAndGenericEndpoints_AreSkipped), """
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record OwnToJsonRequest
        {
            public string? InstId { get; init; }
            public string ToJson() => "{}";
        }

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record OwnEndpointRequest
        {
            public string? Ccy { get; init; }
            public static string Endpoint => "/api/v5/account/balance";
        }

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GenericRequest<T>
        {
            public string? Ccy { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/account/config")]
        public partial record ValidRequest
        {
        }
        """);

    [Fact]
    public Task RateLimitedEndpoints_RulesResolvedAndKeyMembersRead() => SnapshotVerifier.VerifyAsync(nameof(RateLimitedEndpoints_RulesResolvedAndKeyMembersRead), """
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order", RateLimit = 60, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public required decimal Sz { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/mass-cancel", RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrumentFamily)]
        public partial record MassCancelRequest
        {
            public required string InstType { get; init; }

            [JsonPropertyName("instFamily")]
            public required string Family { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, RateLimit = 20)]
        public partial record GetTickerRequest
        {
            public required string InstId { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/account/balance", RateLimit = 10)]
        public partial record GetBalanceRequest
        {
            public string? Ccy { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/asset/transfer", RateLimit = 2, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.UserAndCurrency)]
        public partial record TransferRequest
        {
            public required string Ccy { get; init; }
            public required decimal Amt { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/public/funding-rate", Signed = false, RateLimit = 10, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
        public partial record GetFundingRateRequest
        {
            public required string InstId { get; init; }
        }
        """);

    // OKX answers GET /api/v5/market/index-components with one object as data; the reader is the one of any item.
    [Fact]
    public Task ResponseType_OfAnObjectData_NestedList() => SnapshotVerifier.VerifyAsync(nameof(ResponseType_OfAnObjectData_NestedList), """
        using System;
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/market/index-components", Response = typeof(IndexComponents), Signed = false, RateLimit = 20)]
        public partial record GetIndexComponentsRequest
        {
            public required string Index { get; init; }
        }

        public sealed record IndexComponents
        {
            public string? Index { get; init; }
            public decimal? Last { get; init; }
            public DateTimeOffset? Ts { get; init; }
            public IReadOnlyList<IndexComponent>? Components { get; init; }
        }

        public sealed record IndexComponent
        {
            public string? Symbol { get; init; }
            public decimal? SymPx { get; init; }
            public decimal? Wgt { get; init; }
            public decimal? CnvPx { get; init; }
            public string? Exch { get; init; }
        }
        """);

    [Fact]
    public Task IdempotentDeclaration_OnlyThePostThatSetsItSaysSo() => SnapshotVerifier.VerifyAsync(nameof(IdempotentDeclaration_OnlyThePostThatSetsItSaysSo), """
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order", Idempotent = true, RateLimit = 60, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
        public partial record CancelOrderRequest
        {
            public required string InstId { get; init; }
            public string? OrdId { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/order", Idempotent = false)]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public required decimal Sz { get; init; }
        }
        """);
}
