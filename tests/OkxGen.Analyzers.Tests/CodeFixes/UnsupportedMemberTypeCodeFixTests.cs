using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer,
    OkxGen.CodeFixes.UnsupportedMemberTypeCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX003's fix for binary floating point: the member is declared decimal, one by one or with Fix All.</summary>
public sealed class UnsupportedMemberTypeCodeFixTests
{
    [Fact]
    public Task DoubleFloatAndLists_BecomeDecimal() => Verifier.VerifyCodeFixAsync("""
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public double {|#0:Sz|} { get; init; }
            public double? {|#1:Px|} { get; init; }
            public float {|#2:TpTriggerPx|} { get; init; }
            public float? {|#3:SlTriggerPx|} { get; init; }
            public IReadOnlyList<double>? {|#4:Levels|} { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/market/history-candles")]
        public partial record GetCandlesRequest
        {
            /// <summary>The lowest price.</summary>
            public /* keep */ double {|#5:Low|} { get; init; }
        }
        """, """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public decimal Sz { get; init; }
            public decimal? Px { get; init; }
            public decimal TpTriggerPx { get; init; }
            public decimal? SlTriggerPx { get; init; }
            public IReadOnlyList<decimal>? Levels { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/market/history-candles")]
        public partial record GetCandlesRequest
        {
            /// <summary>The lowest price.</summary>
            public /* keep */ decimal Low { get; init; }
        }
        """,
        Verifier.Error("OKX003").WithLocation(0), Verifier.Error("OKX003").WithLocation(1), Verifier.Error("OKX003").WithLocation(2), Verifier.Error("OKX003").WithLocation(3), Verifier.Error("OKX003").WithLocation(4), Verifier.Error("OKX003").WithLocation(5));

    [Fact]
    public Task OtherUnsupportedTypes_NotFixed() => Verifier.VerifyNoCodeFixAsync("""
        using System;
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public Guid {|#0:Id|} { get; init; }
            public Dictionary<string, double>? {|#1:Weights|} { get; init; }
            public Leg? {|#2:Leg|} { get; init; }
        }

        public sealed record Leg
        {
            public double Px { get; init; }
        }
        """,
        Verifier.Error("OKX003").WithLocation(0), Verifier.Error("OKX003").WithLocation(1), Verifier.Error("OKX003").WithLocation(2));
}
