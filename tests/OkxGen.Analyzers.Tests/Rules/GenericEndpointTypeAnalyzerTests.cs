using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX021: an endpoint type has one wire form, so it has no type parameters.</summary>
public sealed class GenericEndpointTypeAnalyzerTests
{
    [Fact]
    public Task GenericEndpoint_ReportedOnTheType() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record {|#0:GetBalanceRequest|}<T>
        {
            public string? Ccy { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX021").WithLocation(0).WithArguments("GetBalanceRequest"));

    [Fact]
    public Task EndpointInsideAGenericType_ReportedOnTheType() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        public static partial class Api<TContext>
        {
            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record {|#0:PlaceOrderRequest|}
            {
                public string? InstId { get; init; }
            }
        }
        """,
        Verifier.Diagnostic("OKX021").WithLocation(0).WithArguments("PlaceOrderRequest"));

    [Fact]
    public Task NonGenericEndpointInANonGenericType_NotReported() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public static partial class Api
        {
            [OkxEndpoint("GET", "/api/v5/account/balance")]
            public partial record GetBalanceRequest
            {
                public List<string>? Ccy { get; init; }
            }
        }
        """);
}
