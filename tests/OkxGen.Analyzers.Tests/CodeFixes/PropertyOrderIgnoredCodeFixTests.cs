using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.PropertyOrderIgnoredAnalyzer,
    OkxGen.CodeFixes.PropertyOrderIgnoredCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX005's fix removes [JsonPropertyOrder], and the attribute list when it held nothing else.</summary>
public sealed class PropertyOrderIgnoredCodeFixTests
{
    [Fact]
    public Task AloneInList_ListRemovedWithItsLine() => Verifier.VerifyCodeFixAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            /// <summary>The instrument.</summary>
            [{|OKX005:JsonPropertyOrder(1)|}]
            public required string InstId { get; init; }
        }
        """, """
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            /// <summary>The instrument.</summary>
            public required string InstId { get; init; }
        }
        """);

    [Fact]
    public Task SharedList_OtherAttributesKept() => Verifier.VerifyCodeFixAsync("""
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [Required, {|OKX005:JsonPropertyOrder(1)|}]
            public required string InstId { get; init; }

            [{|OKX005:JsonPropertyOrder(2)|}, JsonPropertyName("clOrdId")]
            public string? ClientOrderId { get; init; }

            [JsonPropertyName("px")][{|OKX005:JsonPropertyOrder(3)|}] public string? Price { get; init; }
        }
        """, """
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [Required]
            public required string InstId { get; init; }

            [JsonPropertyName("clOrdId")]
            public string? ClientOrderId { get; init; }

            [JsonPropertyName("px")] public string? Price { get; init; }
        }
        """);

    [Fact]
    public Task PositionalRecordParameter_AttributeRemoved() => Verifier.VerifyCodeFixAsync("""
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
        public partial record CancelOrderRequest([property: {|OKX005:JsonPropertyOrder(1)|}] string InstId, string OrdId);
        """, """
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
        public partial record CancelOrderRequest(string InstId, string OrdId);
        """);

    [Fact]
    public Task FixAll_RemovesEveryOrderInEndpointAndNestedTypes() => Verifier.VerifyCodeFixAsync("""
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            [{|OKX005:JsonPropertyOrder(2)|}]
            public required string InstId { get; init; }

            [{|OKX005:JsonPropertyOrder(1)|}]
            public required string Side { get; init; }

            public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }
        }

        public sealed record AttachedAlgoOrder
        {
            [{|OKX005:JsonPropertyOrder(-1)|}]
            public string? TpTriggerPx { get; init; }

            [JsonPropertyName("slTriggerPx"), {|OKX005:JsonPropertyOrder(-2)|}]
            public string? StopLossTriggerPrice { get; init; }
        }
        """, """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }

            public required string Side { get; init; }

            public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }
        }

        public sealed record AttachedAlgoOrder
        {
            public string? TpTriggerPx { get; init; }

            [JsonPropertyName("slTriggerPx")]
            public string? StopLossTriggerPrice { get; init; }
        }
        """);
}
