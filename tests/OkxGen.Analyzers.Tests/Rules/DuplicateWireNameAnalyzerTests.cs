using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX004: no two serialized members of one object share a wire name.</summary>
public sealed class DuplicateWireNameAnalyzerTests
{
    [Fact]
    public Task TwoMembersWithOneJsonPropertyName_ReportedOnSecond() => Verifier.VerifyAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [JsonPropertyName("x")]
            public string? First { get; init; }

            [JsonPropertyName("x")]
            public string? {|#0:Second|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX004").WithLocation(0).WithArguments("x", "PlaceOrderRequest.First", "PlaceOrderRequest.Second"));

    [Fact]
    public Task DefaultNameAndJsonPropertyNameCollide_Reported() => Verifier.VerifyAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false)]
        public partial record GetTickerRequest
        {
            public required string InstId { get; init; }

            [JsonPropertyName("instId")]
            public string? {|#0:Instrument|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX004").WithLocation(0).WithArguments("instId", "GetTickerRequest.InstId", "GetTickerRequest.Instrument"));

    [Fact]
    public Task DuplicateInNestedRecord_ReportedOnEndpointMember() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public IReadOnlyList<AlgoOrder>? {|#0:AttachAlgoOrds|} { get; init; }
        }

        public sealed record AlgoOrder
        {
            public decimal? TpTriggerPx { get; init; }

            [JsonPropertyName("tpTriggerPx")]
            public decimal? TakeProfitTrigger { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX004").WithLocation(0).WithArguments("tpTriggerPx", "AlgoOrder.TpTriggerPx", "AlgoOrder.TakeProfitTrigger"));

    [Fact]
    public Task DuplicatesBeforeMemberSortingFirst_ReportedOnSecondInDeclarationOrder() => Verifier.VerifyAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [JsonPropertyName("x")]
            public string? First { get; init; }

            [JsonPropertyName("x")]
            public string? {|#0:Second|} { get; init; }

            [JsonPropertyName("w")]
            public string? Third { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX004").WithLocation(0).WithArguments("x", "PlaceOrderRequest.First", "PlaceOrderRequest.Second"));

    [Fact]
    public Task DifferentNames_NotReported() => Verifier.VerifyAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/trade/orders-pending")]
        public partial record GetOrdersPendingRequest
        {
            public string? InstId { get; init; }

            [JsonPropertyName("instType")]
            public string? Kind { get; init; }

            [JsonPropertyName("InstId")]
            public string? UpperCaseInstId { get; init; }
        }
        """);

    [Fact]
    public Task DuplicateWithJsonIgnore_NotReported() => Verifier.VerifyAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }

            [JsonIgnore]
            [JsonPropertyName("instId")]
            public string? Instrument { get; init; }
        }
        """);

    [Fact]
    public Task SameNameInEndpointAndNestedRecord_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required decimal Sz { get; init; }
            public AlgoOrder? AttachAlgoOrd { get; init; }
        }

        public sealed record AlgoOrder
        {
            public decimal? Sz { get; init; }
        }
        """);
}
