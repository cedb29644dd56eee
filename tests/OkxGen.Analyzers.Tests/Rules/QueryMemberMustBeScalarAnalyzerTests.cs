using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX006: a GET endpoint's members are flat values or flat lists, which a query string can hold.</summary>
public sealed class QueryMemberMustBeScalarAnalyzerTests
{
    private const string Header = """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public enum OrderType { Market, Limit, PostOnly }

        public sealed record Filter
        {
            public string? InstId { get; init; }
        }

        """;

    [Fact]
    public Task NestedRecordMember_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/trade/orders-pending")]
        public partial record GetOrdersPendingRequest
        {
            public Filter? {|#0:Filter|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX006").WithLocation(0).WithArguments("GetOrdersPendingRequest.Filter", "Demo.Filter?"));

    [Fact]
    public Task ListOfRecords_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/trade/orders-pending")]
        public partial record GetOrdersPendingRequest
        {
            public IReadOnlyList<Filter>? {|#0:Filters|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX006").WithLocation(0).WithArguments("GetOrdersPendingRequest.Filters", "Demo.Filter"));

    [Theory]
    [InlineData("List<List<string>>", "System.Collections.Generic.List<string>")]
    [InlineData("string[][]", "string[]")]
    [InlineData("IReadOnlyList<IReadOnlyList<OrderType>>?", "System.Collections.Generic.IReadOnlyList<Demo.OrderType>")]
    public Task ListOfLists_Reported(string type, string displayedType) => Verifier.VerifyAsync(Header + $$"""
        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest
        {
            public {{type}} {|#0:Ccy|} { get; init; } = default!;
        }
        """,
        Verifier.Diagnostic("OKX006").WithLocation(0).WithArguments("GetBalanceRequest.Ccy", displayedType));

    [Fact]
    public Task ScalarsEnumsAndFlatLists_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/trade/orders-pending")]
        public partial record GetOrdersPendingRequest
        {
            public string? InstId { get; init; }
            public decimal? MinSz { get; init; }
            public int? Limit { get; init; }
            public long? After { get; init; }
            public bool? Simple { get; init; }
            public OrderType? OrdType { get; init; }
            public IReadOnlyList<OrderType>? OrdTypes { get; init; }
            public List<string>? Ccy { get; init; }
            public decimal[]? Sizes { get; init; }
        }
        """);

    [Fact]
    public Task NestedRecordInPost_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public Filter? Filter { get; init; }
            public IReadOnlyList<Filter>? Filters { get; init; }
            public List<List<string>>? Nested { get; init; }
        }
        """);
}
