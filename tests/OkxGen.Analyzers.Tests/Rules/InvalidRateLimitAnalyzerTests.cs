using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX050: a declared rate limit is 0 or more requests per a window of 1 second or more, with a defined rule.</summary>
public sealed class InvalidRateLimitAnalyzerTests
{
    private const string Header = """
        using OkxGen;

        namespace Demo;

        """;

    [Fact]
    public Task NegativeLimit_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, {|#0:RateLimit = -1|})]
        public partial record GetTickerRequest { public required string InstId { get; init; } }
        """,
        Verifier.Diagnostic("OKX050").WithLocation(0).WithArguments("GetTickerRequest", "RateLimit is -1; it counts requests, so it is 0 (no limit) or more"));

    [Fact]
    public Task ZeroWindow_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, RateLimit = 20, {|#0:RateLimitWindowSeconds = 0|})]
        public partial record GetTickerRequest { public required string InstId { get; init; } }
        """,
        Verifier.Diagnostic("OKX050").WithLocation(0).WithArguments("GetTickerRequest", "RateLimitWindowSeconds is 0; the window is 1 second or more"));

    [Fact]
    public Task NegativeWindow_ReportedEvenWithoutLimit() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order", {|#0:RateLimitWindowSeconds = -2|})]
        public partial record PlaceOrderRequest { public required string InstId { get; init; } }
        """,
        Verifier.Diagnostic("OKX050").WithLocation(0).WithArguments("PlaceOrderRequest", "RateLimitWindowSeconds is -2; the window is 1 second or more"));

    [Fact]
    public Task UndefinedRule_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order", RateLimit = 60, {|#0:RateLimitRule = (OkxRateLimitRule)11|})]
        public partial record PlaceOrderRequest { public required string InstId { get; init; } }
        """,
        Verifier.Diagnostic("OKX050").WithLocation(0).WithArguments("PlaceOrderRequest", "RateLimitRule 11 is not a member of OkxRateLimitRule"));

    [Fact]
    public Task DocumentedLimits_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order", RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
        public partial record PlaceOrderRequest { public required string InstId { get; init; } }

        [OkxEndpoint("GET", "/api/v5/public/time", Signed = false, RateLimit = 10)]
        public partial record GetServerTimeRequest;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest { public string? Ccy { get; init; } }
        """);
}
