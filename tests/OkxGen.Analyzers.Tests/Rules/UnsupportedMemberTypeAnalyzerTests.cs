using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX003: every serialized member has a type with one canonical spelling.</summary>
public sealed class UnsupportedMemberTypeAnalyzerTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        public enum OrderSide { Buy, Sell }

        public sealed record AttachedAlgoOrder
        {
            public decimal? TpTriggerPx { get; init; }
        }

        """;

    [Theory]
    [InlineData("DateTime", "System.DateTime")]
    [InlineData("DateTime?", "System.DateTime")]
    [InlineData("Guid", "System.Guid")]
    [InlineData("object", "object")]
    [InlineData("Dictionary<string, string>", "System.Collections.Generic.Dictionary<string, string>")]
    [InlineData("IEnumerable<string>", "System.Collections.Generic.IEnumerable<string>")]
    [InlineData("HashSet<string>", "System.Collections.Generic.HashSet<string>")]
    public Task UnsupportedType_ReportedOnMember(string type, string displayedType) => Verifier.VerifyAsync(Header + $$"""
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public required {{type}} {|#0:Value|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("PlaceOrderRequest.Value", displayedType));

    [Theory]
    [InlineData("double", "double")]
    [InlineData("float?", "float")]
    [InlineData("IReadOnlyList<double>?", "double")]
    public Task BinaryFloatingPoint_ReportedWithTheDecimalAdvice(string type, string displayedType) => Verifier.VerifyAsync(Header + $$"""
        [OkxEndpoint("GET", "/api/v5/market/history-candles")]
        public partial record GetCandlesRequest
        {
            public {{type}} {|#0:Px|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0)
            .WithMessage($"'GetCandlesRequest.Px' has type '{displayedType}', a binary floating-point type that cannot hold most prices and sizes exactly (0.1 has no exact binary form, and serializers differ in how they round it); declare it decimal"));

    [Fact]
    public Task OtherUnsupportedType_MessageListsTheSupportedTypes() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public Guid {|#0:Id|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0)
            .WithMessage("'PlaceOrderRequest.Id' has type 'System.Guid', which OkxGen cannot write; use string, decimal, an integer type (byte to ulong), bool, DateTimeOffset (Unix milliseconds), an enum, a class, record or struct of these, or an array, List<T>, IList<T> or IReadOnlyList<T> of them, or mark it [JsonIgnore]"));

    [Fact]
    public Task UnsupportedListElement_ReportedOnMemberWithElementType() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required IReadOnlyList<double> {|#0:Prices|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("PlaceOrderRequest.Prices", "double"));

    [Fact]
    public Task UnsupportedMemberOfNestedRecord_ReportedOnEndpointMemberWithNestedMemberName() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public AlgoOrder? {|#0:AttachAlgoOrd|} { get; init; }
        }

        public sealed record AlgoOrder
        {
            public decimal? TpTriggerPx { get; init; }
            public Guid AttachAlgoClOrdId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("AlgoOrder.AttachAlgoClOrdId", "System.Guid"));

    [Fact]
    public Task UnsupportedMemberTwoLevelsDown_ReportedOnEndpointMember() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public IReadOnlyList<AlgoOrder>? {|#0:AttachAlgoOrds|} { get; init; }
        }

        public sealed record AlgoOrder
        {
            public Trigger? Tp { get; init; }
        }

        public sealed record Trigger
        {
            public double Px { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("Trigger.Px", "double"));

    [Fact]
    public Task UnsupportedMemberOfBaseRecord_ReportedOnInheritedMemberNamedForEndpoint() => Verifier.VerifyAsync(Header + """
        public abstract record OrderBase
        {
            public required string InstId { get; init; }
            public DateTime {|#0:CreatedAt|} { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest : OrderBase
        {
            public required decimal Sz { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("PlaceOrderRequest.CreatedAt", "System.DateTime"));

    [Theory]
    [InlineData("string")]
    [InlineData("string?")]
    [InlineData("decimal")]
    [InlineData("decimal?")]
    [InlineData("int")]
    [InlineData("int?")]
    [InlineData("long")]
    [InlineData("long?")]
    [InlineData("bool")]
    [InlineData("bool?")]
    [InlineData("OrderSide")]
    [InlineData("OrderSide?")]
    [InlineData("AttachedAlgoOrder")]
    [InlineData("AttachedAlgoOrder?")]
    [InlineData("string[]")]
    [InlineData("decimal[]?")]
    [InlineData("List<string>")]
    [InlineData("List<OrderSide>?")]
    [InlineData("IList<decimal>")]
    [InlineData("IReadOnlyList<AttachedAlgoOrder>")]
    [InlineData("List<List<string>>")]
    [InlineData("DateTimeOffset")]
    [InlineData("DateTimeOffset?")]
    [InlineData("byte")]
    [InlineData("sbyte?")]
    [InlineData("short")]
    [InlineData("ushort?")]
    [InlineData("uint")]
    [InlineData("ulong")]
    [InlineData("ulong?")]
    [InlineData("IReadOnlyList<DateTimeOffset>")]
    [InlineData("byte[]")]
    public Task SupportedType_NotReported(string type) => Verifier.VerifyAsync(Header + $$"""
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public required {{type}} Value { get; init; }
        }
        """);

    [Fact]
    public Task UnsupportedMemberWithJsonIgnore_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }

            [JsonIgnore]
            public DateTime CreatedAt { get; init; }

            [JsonIgnore(Condition = JsonIgnoreCondition.Always)]
            public Dictionary<string, string>? Extra { get; init; }
        }
        """);

    [Fact]
    public Task UnsupportedMemberWithConditionalJsonIgnore_Reported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }

            [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
            public DateTime? {|#0:CreatedAt|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("PlaceOrderRequest.CreatedAt", "System.DateTime"));

    [Fact]
    public Task UnsupportedNonPublicOrStaticMember_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public static DateTime Epoch { get; } = DateTime.UnixEpoch;
            internal double Weight { get; init; }
            private object? State { get; init; }
            public double Computed { private get; init; }
            public double this[int index] => index;
        }
        """);
}
