using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX008: the Response type must be one the generated reader can fill without reflection.</summary>
public sealed class UnreadableResponseTypeAnalyzerTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        """;

    [Fact]
    public Task MemberOfUnsupportedType_ReportedOnResponseArgument() => Verifier.VerifyAsync(Header + """
        public sealed record Ticker
        {
            public double Last { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, {|#0:Response = typeof(Ticker)|})]
        public partial record GetTickerRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX008").WithLocation(0).WithArguments("Demo.Ticker", "'Ticker.Last' has type 'double', which OkxGen cannot read; use string, decimal, int, long, bool, DateTimeOffset (Unix milliseconds), an enum, a class, record or struct, or a list of these"));

    [Fact]
    public Task CollectionType_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("GET", "/api/v5/market/candles", Signed = false, {|#0:Response = typeof(List<string>)|})]
        public partial record GetCandlesRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX008").WithLocation(0).WithArguments("System.Collections.Generic.List<string>", "'System.Collections.Generic.List<string>' cannot be read: it is not a class, record or struct of yours"));

    [Fact]
    public Task AbstractType_Reported() => Verifier.VerifyAsync(Header + """
        public abstract record Ack
        {
            public string? OrdId { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order", {|#0:Response = typeof(Ack)|})]
        public partial record CancelOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX008").WithLocation(0).WithArguments("Demo.Ack", "'Demo.Ack' cannot be read: it is abstract"));

    [Fact]
    public Task ConstructorParameterWithoutProperty_Reported() => Verifier.VerifyAsync(Header + """
        public sealed class Ack
        {
            public Ack(string ordId, string extra)
            {
                OrdId = ordId;
                _ = extra;
            }

            public string OrdId { get; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/cancel-order", {|#0:Response = typeof(Ack)|})]
        public partial record CancelOrderRequest
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX008").WithLocation(0).WithArguments("Demo.Ack", "the constructor parameter 'extra' of 'Demo.Ack' matches no public property"));

    [Fact]
    public Task ProblemInNestedType_Reported() => Verifier.VerifyAsync(Header + """
        public sealed record Balance
        {
            public IReadOnlyList<Detail>? Details { get; init; }
        }

        public sealed record Detail
        {
            public DateTime UTime { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/account/balance", {|#0:Response = typeof(Balance)|})]
        public partial record GetBalanceRequest;
        """,
        Verifier.Diagnostic("OKX008").WithLocation(0).WithArguments("Demo.Balance", "'Detail.UTime' has type 'System.DateTime', which OkxGen cannot read; use string, decimal, int, long, bool, DateTimeOffset (Unix milliseconds), an enum, a class, record or struct, or a list of these"));

    [Fact]
    public Task ReadableTypes_NotReported() => Verifier.VerifyAsync(Header + """
        public enum OrderSide { Buy, Sell }

        public sealed record Order(string InstId, decimal Sz)
        {
            public OrderSide? Side { get; init; }
            public DateTimeOffset CTime { get; init; }
            public bool ReduceOnly { get; init; }
            public long? FillTime { get; init; }
            public int Lever { get; init; }
            public string[]? Tags { get; init; }
            public IReadOnlyList<IReadOnlyList<string>> Levels { get; init; } = [];
            public Order? Parent { get; init; }
            public string Summary => InstId;
        }

        [OkxEndpoint("GET", "/api/v5/trade/order", Response = typeof(Order))]
        public partial record GetOrderRequest
        {
            public required string InstId { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/account/config", Response = typeof(System.Text.Json.JsonElement))]
        public partial record GetAccountConfigRequest;
        """);
}
