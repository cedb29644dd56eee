using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX002: the method is GET or POST in upper case and the path an OKX V5 path without query, fragment or whitespace.</summary>
public sealed class InvalidEndpointRouteAnalyzerTests
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("get")]
    [InlineData("Post")]
    [InlineData("")]
    public Task InvalidMethod_ReportedOnMethodArgument(string method) => Verifier.VerifyAsync($$"""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint({|#0:"{{method}}"|}, "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX002").WithLocation(0).WithArguments(method));

    [Theory]
    [InlineData("/api/v4/trade/order")]
    [InlineData("api/v5/trade/order")]
    [InlineData("/API/V5/trade/order")]
    [InlineData("https://www.okx.com/api/v5/trade/order")]
    [InlineData("/api/v5/market/ticker?instId=BTC-USDT")]
    [InlineData("/api/v5/trade/order?")]
    [InlineData("/api/v5/trade/order#place")]
    [InlineData("/api/v5/trade/ order")]
    [InlineData("/api/v5/trade/order ")]
    [InlineData("/api/v5/trade/order\\t")]
    [InlineData("")]
    public Task InvalidPath_ReportedOnPathArgument(string path) => Verifier.VerifyAsync($$"""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", {|#0:"{{path}}"|})]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX002").WithLocation(0).WithArguments(path.Replace("\\t", "\t", System.StringComparison.Ordinal)));

    [Fact]
    public Task InvalidMethodAndPath_BothReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint({|#0:"PUT"|}, {|#1:"/api/v5/trade/order?instId=BTC-USDT"|})]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX002").WithLocation(0).WithArguments("PUT"),
        Verifier.Diagnostic("OKX002").WithLocation(1).WithArguments("/api/v5/trade/order?instId=BTC-USDT"));

    [Fact]
    public Task InvalidMethodFromConstant_ReportedOnArgument() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        internal static class Methods
        {
            public const string Put = "PUT";
        }

        [OkxEndpoint({|#0:Methods.Put|}, "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX002").WithLocation(0).WithArguments("PUT"));

    [Fact]
    public Task InvalidPathAsNamedArgumentOutOfOrder_ReportedOnPathArgument() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint({|#0:path: "/api/v4/public/time"|}, method: "GET", Signed = false)]
        public partial record GetServerTimeRequest;
        """,
        Verifier.Diagnostic("OKX002").WithLocation(0).WithArguments("/api/v4/public/time"));

    [Theory]
    [InlineData("{|#0:null|}", "\"/api/v5/public/time\"")]
    [InlineData("\"GET\"", "{|#0:null|}")]
    public Task NullMethodOrPath_Reported(string method, string path) => Verifier.VerifyAsync($$"""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint({{method}}, {{path}}, Signed = false)]
        public partial record GetServerTimeRequest;
        """,
        Verifier.Diagnostic("OKX002").WithLocation(0));

    [Fact]
    public Task GetWithValidPath_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false)]
        public partial record GetTickerRequest
        {
            public required string InstId { get; init; }
        }
        """);

    [Fact]
    public Task PostWithValidPath_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
        public partial record CancelOrderRequest
        {
            public required string InstId { get; init; }
            public string? OrdId { get; init; }
        }
        """);

    [Fact]
    public Task NamedArgumentsInAnyOrder_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint(path: "/api/v5/public/time", method: "GET", Signed = false)]
        public partial record GetServerTimeRequest;
        """);
}
