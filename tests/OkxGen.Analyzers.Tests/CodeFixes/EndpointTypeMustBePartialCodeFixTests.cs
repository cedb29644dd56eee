using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer,
    OkxGen.CodeFixes.EndpointTypeMustBePartialCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX001's fix declares the endpoint type and every type containing it partial.</summary>
public sealed class EndpointTypeMustBePartialCodeFixTests
{
    [Fact]
    public Task RecordWithModifiers_PartialAddedBeforeKeyword() => Verifier.VerifyCodeFixAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public sealed record {|OKX001:PlaceOrderRequest|}
        {
            public required string InstId { get; init; }
        }
        """, """
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public sealed partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """);

    [Fact]
    public Task TypesWithoutModifiers_PartialTakesTheirPlace() => Verifier.VerifyCodeFixAsync("""
        using OkxGen;

        namespace Demo;

        // Requests of the trade API.
        class Trade
        {
            [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false)]
            readonly record struct {|OKX001:GetTickerRequest|}(string InstId);
        }
        """, """
        using OkxGen;

        namespace Demo;

        // Requests of the trade API.
        partial class Trade
        {
            [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false)]
            readonly partial record struct GetTickerRequest(string InstId);
        }
        """);

    [Fact]
    public Task NestedInNonPartialContainers_EveryLevelMadePartial() => Verifier.VerifyCodeFixAsync("""
        using OkxGen;

        namespace Demo;

        public static class Api
        {
            public static partial class Trade
            {
                [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
                public sealed class {|OKX001:CancelOrderRequest|}
                {
                    public required string InstId { get; init; }
                }
            }
        }
        """, """
        using OkxGen;

        namespace Demo;

        public static partial class Api
        {
            public static partial class Trade
            {
                [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
                public sealed partial class CancelOrderRequest
                {
                    public required string InstId { get; init; }
                }
            }
        }
        """);

    [Fact]
    public Task FixAll_TwoEndpointsSharingAContainer() => Verifier.VerifyCodeFixAsync("""
        using OkxGen;

        namespace Demo;

        public static class Requests
        {
            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public record {|OKX001:PlaceOrderRequest|}
            {
                public required string InstId { get; init; }
            }

            [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
            public record {|OKX001:CancelOrderRequest|}
            {
                public required string InstId { get; init; }
            }
        }

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public struct {|OKX001:GetBalanceRequest|}
        {
            public string? Ccy { get; init; }
        }
        """, """
        using OkxGen;

        namespace Demo;

        public static partial class Requests
        {
            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record PlaceOrderRequest
            {
                public required string InstId { get; init; }
            }

            [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
            public partial record CancelOrderRequest
            {
                public required string InstId { get; init; }
            }
        }

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial struct GetBalanceRequest
        {
            public string? Ccy { get; init; }
        }
        """);
}
