using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX022: a list whose elements are declared nullable is warned about, since a null element throws when written.</summary>
public sealed class NullableListElementAnalyzerTests
{
    [Theory]
    [InlineData("IReadOnlyList<string?>", "string?")]
    [InlineData("List<string?>?", "string?")]
    [InlineData("string?[]", "string?")]
    [InlineData("IList<int?>", "int?")]
    [InlineData("IReadOnlyList<Leg?>", "Demo.Leg?")]
    [InlineData("List<List<decimal?>>", "decimal?")]
    public Task NullableElements_WarnedOnTheMember(string type, string element) => Verifier.VerifyAsync($$"""
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public sealed record Leg { public string? InstId { get; init; } }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public {{type}} {|#0:Items|} { get; init; } = null!;
        }
        """,
        Verifier.Diagnostic("OKX022").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("PlaceOrderRequest.Items", element));

    [Fact]
    public Task NullableElementsInAQueryList_Warned() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest
        {
            public IReadOnlyList<string?>? {|#0:Ccy|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX022").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("GetBalanceRequest.Ccy", "string?"));

    [Fact]
    public Task NonNullableElementsOrANullableList_NotWarned() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public IReadOnlyList<string>? Tags { get; init; }
            public List<int>? Counts { get; init; }
            public decimal[]? Prices { get; init; }
        }
        """);

    [Fact]
    public Task ElementsUnderNullableDisable_NotWarned() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        #nullable disable
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public IReadOnlyList<string> Tags { get; init; }
        }
        """);
}
