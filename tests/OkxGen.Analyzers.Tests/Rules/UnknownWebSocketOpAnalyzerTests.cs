using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX033: WebSocketOp must be one of OKX's order operations.</summary>
public sealed class UnknownWebSocketOpAnalyzerTests
{
    [Fact]
    public Task UnknownOp_Reported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order", {|#0:WebSocketOp = "place-order"|})]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX033").WithLocation(0).WithArguments("place-order"));

    [Theory]
    [InlineData("order")]
    [InlineData("batch-amend-orders")]
    [InlineData("mass-cancel")]
    public Task DocumentedOp_NotReported(string op) => Verifier.VerifyAsync($$"""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order", WebSocketOp = "{{op}}")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }
        """);
}
