using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX032: WebSocketOp needs a POST endpoint, whose body becomes args.</summary>
public sealed class WebSocketOpOnGetAnalyzerTests
{
    [Fact]
    public Task WebSocketOpOnGet_Reported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/trade/order", {|#0:WebSocketOp = "order"|})]
        public partial record GetOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX032").WithLocation(0).WithArguments("order"));

    [Fact]
    public Task WebSocketOpOnPost_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order", WebSocketOp = "cancel-order")]
        public partial record CancelOrderRequest
        {
            public required string InstId { get; init; }
            public string? OrdId { get; init; }
        }
        """);
}
