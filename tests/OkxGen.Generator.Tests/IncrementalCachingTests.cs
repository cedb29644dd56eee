using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxGen.Generator.Tests.TestSupport;

namespace OkxGen.Generator.Tests;

/// <summary>
/// The pipeline caches: edits that do not change an endpoint's wire form leave its output untouched, and only the
/// endpoint that changed is written again.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string PlaceOrder = """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public enum OrderSide { Buy, Sell }

        [OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck))]
        public partial record PlaceOrderRequest
        {
            public required string InstId { get; init; }
            public required OrderSide Side { get; init; }
            public decimal? Px { get; init; }
            public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }

            public string Describe() => "order";
        }

        public sealed record AttachedAlgoOrder
        {
            public decimal? TpTriggerPx { get; init; }
        }

        public sealed record OrderAck
        {
            public string? OrdId { get; init; }
            public string? SCode { get; init; }
            public string? SMsg { get; init; }
        }
        """;

    private const string GetBalance = """
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("GET", "/api/v5/account/balance")]
        public partial record GetBalanceRequest
        {
            public string? Ccy { get; init; }
        }
        """;

    private const string TickerEndpoint = """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        public enum TickerState { Live, Suspend }

        [OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, Response = typeof(Ticker))]
        public partial record GetTickerRequest
        {
            public required string InstId { get; init; }
        }

        public sealed record Ticker
        {
            public string? Last { get; init; }
            public TickerState? State { get; init; }
            public IReadOnlyList<TickerLevel>? Levels { get; init; }
        }

        public sealed record TickerLevel
        {
            public decimal? Px { get; init; }
        }
        """;

    private const string Unrelated = """
        namespace Demo;

        public static class Calculator
        {
            public static int Compute() => 1;
        }
        """;

    private static readonly IncrementalStepRunReason[] NotRewritten = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void EditingAnUnrelatedFile_LeavesEveryOutputCached()
    {
        GeneratorRunResult result = RunTwice([PlaceOrder, GetBalance, Unrelated], 2, Unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal));

        AssertReasons(result, TrackingNames.ValidEndpoints, NotRewritten);
        AssertOutputReasons(result, NotRewritten);
    }

    [Fact]
    public void EditingAMethodBodyInTheEndpointFile_LeavesEveryOutputCached()
    {
        GeneratorRunResult result = RunTwice([PlaceOrder, GetBalance], 0, PlaceOrder.Replace("\"order\"", "\"limit order\"", StringComparison.Ordinal));

        AssertReasons(result, TrackingNames.ParsedEndpoints, NotRewritten);
        AssertReasons(result, TrackingNames.ValidEndpoints, NotRewritten);
        AssertOutputReasons(result, NotRewritten);
    }

    [Fact]
    public void AddingAPropertyToOneEndpoint_RewritesOnlyThatEndpoint()
    {
        string edited = PlaceOrder.Replace("public decimal? Px", "public string? Tag { get; init; }\n    public decimal? Px", StringComparison.Ordinal);

        GeneratorRunResult result = RunTwice([PlaceOrder, GetBalance], 0, edited);

        IncrementalStepRunReason[] reasons = OutputReasons(result);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(3, reasons.Count(r => NotRewritten.Contains(r)));
        AssertReasons(result, TrackingNames.ObjectReaders, NotRewritten);
        AssertReasons(result, TrackingNames.EnumWireValues, NotRewritten);
        Assert.Contains("\\\"tag\\\":\"u8", result.GeneratedSources.Single(s => s.HintName == "Demo.PlaceOrderRequest.Okx.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingANestedTypeInAnotherFile_RewritesTheEndpointThatUsesIt()
    {
        string endpointOnly = PlaceOrder[..PlaceOrder.IndexOf("public sealed record AttachedAlgoOrder", StringComparison.Ordinal)];
        const string Nested = "namespace Demo;\npublic sealed record AttachedAlgoOrder { public decimal? TpTriggerPx { get; init; } }\npublic sealed record OrderAck { public string? OrdId { get; init; } }";

        GeneratorRunResult result = RunTwice([endpointOnly, GetBalance, Nested], 2, Nested.Replace("TpTriggerPx", "SlTriggerPx", StringComparison.Ordinal));

        Assert.Contains(IncrementalStepRunReason.Modified, OutputReasons(result));
        Assert.Contains("\\\"slTriggerPx\\\":\"u8", result.GeneratedSources.Single(s => s.HintName == "Demo.PlaceOrderRequest.Okx.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingTheResponseType_RewritesItsReaderButNotTheOtherEndpoint()
    {
        string edited = PlaceOrder.Replace("public string? OrdId { get; init; }", "public string? OrdId { get; init; }\n    public string? ClOrdId { get; init; }", StringComparison.Ordinal);

        GeneratorRunResult result = RunTwice([PlaceOrder, GetBalance], 0, edited);

        AssertReasons(result, TrackingNames.ObjectReaders, [IncrementalStepRunReason.Modified]);
        Assert.Contains("\"clOrdId\"u8", result.GeneratedSources.Single(s => s.HintName == "Demo.OrderAck.OkxReader.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        // The endpoint that names the response is written again (its spec holds the response's); the other endpoint and the enum's wire values are not.
        Assert.Equal(2, OutputReasons(result).Count(r => NotRewritten.Contains(r)));
    }

    [Fact]
    public void EditingOneResponseType_RewritesOnlyItsReader()
    {
        string[] sources = [PlaceOrder, GetBalance, TickerEndpoint];
        string edited = TickerEndpoint.Replace("public string? Last { get; init; }", "public string? Last { get; init; }\n    public string? AskPx { get; init; }", StringComparison.Ordinal);

        GeneratorRunResult result = RunTwice(sources, 2, edited);

        Dictionary<string, IncrementalStepRunReason> readers = result.TrackedSteps[TrackingNames.ObjectReaders]
            .SelectMany(run => run.Outputs)
            .ToDictionary(output => ((OkxGen.SourceGeneration.Model.ReadableObjectSpec)output.Value).Reader.HintName, output => output.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, readers["Demo.Ticker.OkxReader.g.cs"]);
        Assert.Contains(readers["Demo.OrderAck.OkxReader.g.cs"], NotRewritten);
        Assert.Contains(readers["Demo.TickerLevel.OkxReader.g.cs"], NotRewritten);
        Assert.Contains(result.TrackedSteps[TrackingNames.EnumReaders].SelectMany(run => run.Outputs).Single().Reason, NotRewritten);
    }

    [Fact]
    public void AnEnumUsedByTwoEndpoints_IsWrittenOnce()
    {
        string second = PlaceOrder.Replace("PlaceOrderRequest", "PlaceOtherOrderRequest", StringComparison.Ordinal)
            .Replace("/api/v5/trade/order", "/api/v5/trade/other", StringComparison.Ordinal)
            .Replace("public enum OrderSide { Buy, Sell }", "", StringComparison.Ordinal)
            .Replace("public sealed record AttachedAlgoOrder", "public sealed record AttachedAlgoOrder2", StringComparison.Ordinal)
            .Replace("public sealed record OrderAck", "public sealed record OrderAck2", StringComparison.Ordinal);

        GeneratorRunResult result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(PlaceOrder, second)).Result;

        Assert.Single(result.GeneratedSources, s => s.HintName == "Demo.OrderSide.OkxWireValues.g.cs");
        Assert.Single(result.GeneratedSources, s => s.HintName == "Demo.OrderAck.OkxReader.g.cs");
        Assert.DoesNotContain("OrderSide value", result.GeneratedSources.Single(s => s.HintName == "Demo.PlaceOrderRequest.Okx.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TrackedStepOutputs_HoldNoSymbolSyntaxOrCompilation()
    {
        GeneratorRunResult result = RunTwice([PlaceOrder, GetBalance], 0, PlaceOrder);

        foreach (string step in new[] { TrackingNames.ParsedEndpoints, TrackingNames.ValidEndpoints, TrackingNames.EnumWireValues, TrackingNames.ObjectReaders })
        {
            foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
            {
                foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                {
                    AssertHoldsNoRoslynObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    [Fact]
    public void ParsingTheSameCodeTwice_GivesEqualSpecsWithEqualHashCodes()
    {
        object[] first = ValidSpecs(GeneratorHarness.Run(GeneratorHarness.CreateCompilation(PlaceOrder, GetBalance)).Result);
        object[] second = ValidSpecs(GeneratorHarness.Run(GeneratorHarness.CreateCompilation(PlaceOrder, GetBalance)).Result);

        Assert.Equal(2, first.Length);
        Assert.Equal(first, second);
        Assert.Equal(first.Select(spec => spec.GetHashCode()), second.Select(spec => spec.GetHashCode()));
    }

    internal static GeneratorRunResult RunTwice(string[] sources, int editedIndex, string editedSource)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(sources);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        SyntaxTree oldTree = compilation.SyntaxTrees.ElementAt(editedIndex);
        SyntaxTree newTree = CSharpSyntaxTree.ParseText(editedSource, GeneratorHarness.ParseOptions, path: oldTree.FilePath);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree));
        return driver.GetRunResult().Results.Single();
    }

    private static object[] ValidSpecs(GeneratorRunResult result) =>
        result.TrackedSteps[TrackingNames.ValidEndpoints].SelectMany(run => run.Outputs).Select(output => output.Value).ToArray();

    private static IncrementalStepRunReason[] OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();

    private static void AssertReasons(GeneratorRunResult result, string step, IncrementalStepRunReason[] allowed)
    {
        IncrementalStepRunReason[] reasons = result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Contains(reason, allowed));
    }

    private static void AssertOutputReasons(GeneratorRunResult result, IncrementalStepRunReason[] allowed)
    {
        IncrementalStepRunReason[] reasons = OutputReasons(result);

        // One output per endpoint, one for the enum's wire values, one for the response type's reader.
        Assert.Equal(4, reasons.Length);
        Assert.All(reasons, reason => Assert.Contains(reason, allowed));
    }

    // A symbol, node or compilation kept in a step's output would pin the whole compilation in memory and defeat caching.
    internal static void AssertHoldsNoRoslynObjects(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location,
            $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                AssertHoldsNoRoslynObjects(item, $"{path}[{index++}]", visited);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", visited);
        }
    }
}
