using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX007: [OkxBody] marks the only serialized member of a POST endpoint, and that member is a list.</summary>
public sealed class InvalidBodyMemberAnalyzerTests
{
    private const string Header = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        public sealed record PlaceOrder
        {
            public required string InstId { get; init; }
            public required decimal Sz { get; init; }
        }

        """;

    [Fact]
    public Task BodyOnNonList_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
        public partial record PlaceBatchOrdersRequest
        {
            [OkxBody]
            public required PlaceOrder {|#0:Order|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX007").WithLocation(0).WithArguments("PlaceBatchOrdersRequest", "the body member must be a list"));

    [Fact]
    public Task TwoBodyMembers_ReportedOnFirst() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
        public partial record PlaceBatchOrdersRequest
        {
            [OkxBody]
            public required IReadOnlyList<PlaceOrder> {|#0:Orders|} { get; init; }

            [OkxBody]
            public IReadOnlyList<PlaceOrder>? MoreOrders { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX007").WithLocation(0).WithArguments("PlaceBatchOrdersRequest", "only one member can be the body"));

    [Fact]
    public Task BodyWithAnotherMember_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
        public partial record PlaceBatchOrdersRequest
        {
            public string? Tag { get; init; }

            [OkxBody]
            public required IReadOnlyList<PlaceOrder> {|#0:Orders|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX007").WithLocation(0).WithArguments("PlaceBatchOrdersRequest", "the body member must be the endpoint's only serialized member"));

    [Fact]
    public Task BodyOnGet_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest
        {
            [OkxBody]
            public IReadOnlyList<string>? {|#0:Ccy|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX007").WithLocation(0).WithArguments("GetBalanceRequest", "a GET endpoint has no body"));

    [Fact]
    public Task ValidBatchEndpoint_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
        public partial record PlaceBatchOrdersRequest
        {
            [OkxBody]
            public required IReadOnlyList<PlaceOrder> Orders { get; init; }

            [JsonIgnore]
            public string? Note { get; init; }
        }
        """);

    [Fact]
    public Task ValidBatchEndpointWithArray_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/cancel-batch-orders")]
        public partial record CancelBatchOrdersRequest
        {
            [OkxBody]
            public required CancelOrder[] Orders { get; init; }
        }

        public sealed record CancelOrder
        {
            public required string InstId { get; init; }
            public string? OrdId { get; init; }
        }
        """);

    [Fact]
    public Task BodyListWithUnsupportedElementMember_ReportedAsUnsupportedType() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
        public partial record PlaceBatchOrdersRequest
        {
            [OkxBody]
            public required IReadOnlyList<Order> {|#0:Orders|} { get; init; }
        }

        public sealed record Order
        {
            public required string InstId { get; init; }
            public required double Sz { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("Order.Sz", "double"));
}
