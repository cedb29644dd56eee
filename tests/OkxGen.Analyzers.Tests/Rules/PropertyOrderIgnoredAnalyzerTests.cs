using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.PropertyOrderIgnoredAnalyzer,
    OkxGen.CodeFixes.PropertyOrderIgnoredCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX005: [JsonPropertyOrder] on an OKX request, or on an object it writes, misleads: keys are always sorted.</summary>
public sealed class PropertyOrderIgnoredAnalyzerTests
{
    [Fact]
    public Task OrderOnEndpointProperty_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [{|#0:JsonPropertyOrder(1)|}]
            public required string InstId { get; init; }

            [JsonPropertyName("clOrdId"), {|#1:JsonPropertyOrder(2)|}]
            public string? ClientOrderId { get; init; }

            public required string Side { get; init; }
        }
        """,
        Verifier.Warning("OKX005").WithLocation(0).WithArguments("PlaceOrderRequest.InstId"),
        Verifier.Warning("OKX005").WithLocation(1).WithArguments("PlaceOrderRequest.ClientOrderId"));

    [Fact]
    public Task OrderOnNestedObjectsAndListElements_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }
            public Leg? Leg { get; init; }
        }

        public sealed record AttachedAlgoOrder
        {
            [{|#0:JsonPropertyOrder(-1)|}]
            public string? TpTriggerPx { get; init; }
            public Trigger? Trigger { get; init; }
        }

        public sealed record Trigger
        {
            [{|#1:JsonPropertyOrder(3)|}]
            public string? Px { get; init; }
        }

        public struct Leg
        {
            [{|#2:JsonPropertyOrder(1)|}]
            public string Sz { get; set; }
        }
        """,
        Verifier.Warning("OKX005").WithLocation(0).WithArguments("AttachedAlgoOrder.TpTriggerPx"),
        Verifier.Warning("OKX005").WithLocation(1).WithArguments("Trigger.Px"),
        Verifier.Warning("OKX005").WithLocation(2).WithArguments("Leg.Sz"));

    [Fact]
    public Task OrderOnPositionalRecordParameter_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
        public partial record CancelOrderRequest([property: {|OKX005:JsonPropertyOrder(1)|}] string InstId, string OrdId);
        """);

    [Fact]
    public Task OrderOnInheritedProperty_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        public abstract record InstrumentRequest
        {
            [{|OKX005:JsonPropertyOrder(0)|}]
            public required string InstId { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
        public partial record CancelOrderRequest : InstrumentRequest
        {
            public string? OrdId { get; init; }
        }
        """);

    [Fact]
    public Task NestedTypeSharedByTwoEndpoints_ReportedOnce() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public AttachedAlgoOrder? AttachAlgoOrd { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/amend-order")]
        public partial record AmendOrderRequest
        {
            public AttachedAlgoOrder? AttachAlgoOrd { get; init; }
        }

        public sealed record AttachedAlgoOrder
        {
            [{|OKX005:JsonPropertyOrder(1)|}]
            public string? TpTriggerPx { get; init; }
        }
        """);

    [Fact]
    public Task OrderOnTypeNotUsedByAnEndpoint_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }

        // A response or a type for another API: System.Text.Json honours the order here.
        public sealed record OrderAck
        {
            [JsonPropertyOrder(1)]
            public string? OrdId { get; init; }

            [JsonPropertyOrder(0)]
            public string? SCode { get; init; }
        }
        """);

    [Fact]
    public Task EndpointWithOtherJsonAttributes_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [JsonPropertyName("instId")]
            public required string InstrumentId { get; init; }

            [JsonIgnore]
            public string? Note { get; init; }
        }
        """);
}
