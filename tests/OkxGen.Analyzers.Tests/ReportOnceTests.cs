using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.EndpointDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests;

/// <summary>A problem in a shared nested type is reported once per endpoint, on the first member that leads to it.</summary>
public sealed class ReportOnceTests
{
    [Fact]
    public Task NestedTypeUsedByTwoMembers_ReportedOnceOnFirst() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public AlgoOrder? {|#0:TakeProfit|} { get; init; }
            public IReadOnlyList<AlgoOrder>? StopLosses { get; init; }
        }

        public sealed record AlgoOrder
        {
            public Guid AttachAlgoClOrdId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("AlgoOrder.AttachAlgoClOrdId", "System.Guid"));

    [Fact]
    public Task NestedTypeUsedByTwoEndpoints_ReportedOncePerEndpoint() => Verifier.VerifyAsync("""
        using System;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public AlgoOrder? {|#0:AttachAlgoOrd|} { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/amend-order")]
        public partial record AmendOrderRequest
        {
            public AlgoOrder? {|#1:AttachAlgoOrd|} { get; init; }
        }

        public sealed record AlgoOrder
        {
            public Guid AttachAlgoClOrdId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("AlgoOrder.AttachAlgoClOrdId", "System.Guid"),
        Verifier.Diagnostic("OKX003").WithLocation(1).WithArguments("AlgoOrder.AttachAlgoClOrdId", "System.Guid"));

    [Fact]
    public Task SelfReferencingType_ReportedOnce() => Verifier.VerifyAsync("""
        using System;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public Node? {|#0:Root|} { get; init; }
        }

        public sealed record Node
        {
            public Node? Next { get; init; }
            public double Weight { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("Node.Weight", "double"));

    [Fact]
    public Task PartialTypeDeclaredTwice_ReportedOnce() => Verifier.VerifyAsync("""
        using System;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
        }

        public partial record PlaceOrderRequest
        {
            public DateTime {|#0:CreatedAt|} { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX003").WithLocation(0).WithArguments("PlaceOrderRequest.CreatedAt", "System.DateTime"));
}
