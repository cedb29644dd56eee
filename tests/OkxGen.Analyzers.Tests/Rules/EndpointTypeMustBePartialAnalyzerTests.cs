using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX001: the endpoint type and every type containing it must be partial.</summary>
public sealed class EndpointTypeMustBePartialAnalyzerTests
{
    [Fact]
    public Task NonPartialRecord_Reported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public record {|#0:PlaceOrderRequest|}
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX001").WithLocation(0).WithArguments("PlaceOrderRequest"));

    [Fact]
    public Task NonPartialClass_Reported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public sealed class {|OKX001:GetBalanceRequest|}
        {
            public string? Ccy { get; init; }
        }
        """);

    [Fact]
    public Task PartialRecordInNonPartialClass_ReportedOnEndpointNamingContainingType() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        public static class Requests
        {
            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record {|#0:PlaceOrderRequest|}
            {
                public required string InstId { get; init; }
            }
        }
        """,
        Verifier.Diagnostic("OKX001").WithLocation(0).WithArguments("Requests"));

    [Fact]
    public Task PartialRecord_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """);

    [Fact]
    public Task PartialRecordStruct_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false)]
        public readonly partial record struct GetTickerRequest(string InstId);
        """);

    [Fact]
    public Task PartialRecordInPartialClass_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        public static partial class Requests
        {
            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record PlaceOrderRequest
            {
                public required string InstId { get; init; }
            }
        }
        """);

    [Fact]
    public Task NonPartialTypeWithoutAttribute_NotReported() => Verifier.VerifyAsync("""
        namespace Demo;

        public record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """);
}
