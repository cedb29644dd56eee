using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX020: a user's member never collides with a member the generator adds to the endpoint type.</summary>
public sealed class GeneratedMemberCollisionAnalyzerTests
{
    [Theory]
    [InlineData("public string ToJson() => \"{}\";", "ToJson")]
    [InlineData("public void WriteBody(object writer) { }", "WriteBody")]
    [InlineData("public bool TryWriteBody() => true;", "TryWriteBody")]
    [InlineData("public static string Endpoint => \"/api/v5/trade/order\";", "Endpoint")]
    [InlineData("public int Endpoint;", "Endpoint")]
    [InlineData("private sealed class OkxJson { }", "OkxJson")]
    public Task PostMemberWithAGeneratedName_ReportedOnTheMember(string member, string name) => Verifier.VerifyAsync($$"""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public string? InstId { get; init; }
            {{member.Replace(name, "{|#0:" + name + "|}", System.StringComparison.Ordinal)}}
        }
        """,
        Verifier.Diagnostic("OKX020").WithLocation(0).WithArguments($"PlaceOrderRequest.{name}", name));

    [Theory]
    [InlineData("public string ToQueryString() => \"\";", "ToQueryString")]
    [InlineData("public bool TryWriteQuery(System.Span<byte> destination, out int written) { written = 0; return true; }", "TryWriteQuery")]
    [InlineData("private static class OkxQuery { }", "OkxQuery")]
    public Task GetMemberWithAGeneratedName_ReportedOnTheMember(string member, string name) => Verifier.VerifyAsync($$"""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest
        {
            public string? Ccy { get; init; }
            {{member.Replace(name, "{|#0:" + name + "|}", System.StringComparison.Ordinal)}}
        }
        """,
        Verifier.Diagnostic("OKX020").WithLocation(0).WithArguments($"GetBalanceRequest.{name}", name));

    [Fact]
    public Task NamesOnlyTheOtherShapeGenerates_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest
        {
            public string? Ccy { get; init; }
            public string ToJson() => "{}";
            public void WriteBody() { }
        }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public string? InstId { get; init; }
            public string ToQueryString() => "";
        }
        """);

    [Fact]
    public Task MemberInheritedFromAPlainBaseType_ReportedOnTheEndpoint() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        public abstract record JsonBase
        {
            public virtual string ToJson() => "{}";
        }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record {|#0:PlaceOrderRequest|} : JsonBase
        {
            public string? InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX020").WithLocation(0).WithArguments("JsonBase.ToJson", "ToJson"));

    [Fact]
    public Task EndpointDerivedFromAnEndpoint_NotReported() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public string? InstId { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/order-algo")]
        public partial record PlaceAlgoOrderRequest : PlaceOrderRequest
        {
            public decimal? TriggerPx { get; init; }
        }
        """);

    [Fact]
    public Task TypeNamedLikeAGeneratedMember_ReportedOnTheType() => Verifier.VerifyAsync("""
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/public/time", Signed = false)]
        public partial record {|#0:Endpoint|}
        {
        }
        """,
        Verifier.Diagnostic("OKX020").WithLocation(0).WithArguments("Endpoint", "Endpoint"));
}
