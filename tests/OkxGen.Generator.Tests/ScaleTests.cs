using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxGen.Generator.Tests.TestSupport;

namespace OkxGen.Generator.Tests;

/// <summary>
/// The generator at the size of OKX's REST surface: 300 endpoint declarations, one file each, in five shapes. Every one
/// is generated without a diagnostic, and an edit recomputes only what it touches. The wall time is measured in
/// benchmarks/OkxGen.Benchmarks (GeneratorBenchmarks), not here: unit tests are not timed.
/// </summary>
public sealed class ScaleTests
{
    private const int EndpointCount = 300;

    // The tree of endpoint 6 (a GET with scalars, an enum and a list); tree 0 holds the shared types.
    private const int EditedEndpoint = 6;

    private static readonly IncrementalStepRunReason[] NotRewritten = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void ThreeHundredEndpoints_AreAllGeneratedWithoutDiagnostics()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Sources());

        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(compilation);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        Assert.Equal(EndpointCount, result.GeneratedSources.Count(s => s.HintName.EndsWith(".Okx.g.cs", StringComparison.Ordinal)));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Scale.Api.ScaleAck.OkxReader.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Scale.Api.ScaleTicker.OkxReader.g.cs");

        // CS1701/CS1702 (OkxGen.Runtime is built for net8.0, the test runs on a newer framework) are off in every SDK build.
        Assert.Empty(output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702"))
            .Select(d => d.ToString()));
    }

    [Fact]
    public void EditingAMethodBody_LeavesAllThreeHundredOutputsCached()
    {
        GeneratorRunResult result = RunTwice(Endpoint(EditedEndpoint, "edited endpoint"));

        IncrementalStepRunReason[] reasons = OutputReasons(result);

        // One output per endpoint, and one collected output for the response readers.
        Assert.Equal(EndpointCount + 1, reasons.Length);
        Assert.All(reasons, reason => Assert.Contains(reason, NotRewritten));
        Assert.All(StepReasons(result, TrackingNames.ValidEndpoints), reason => Assert.Contains(reason, NotRewritten));
    }

    [Fact]
    public void AddingAMemberToOneEndpoint_RewritesExactlyThatEndpoint()
    {
        string edited = Endpoint(EditedEndpoint, "endpoint").Replace(
            "public bool? Simple { get; init; }",
            "public bool? Simple { get; init; }\n    public string? Added { get; init; }",
            StringComparison.Ordinal);

        GeneratorRunResult result = RunTwice(edited);

        IncrementalStepRunReason[] reasons = OutputReasons(result);
        Assert.Equal(EndpointCount + 1, reasons.Length);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(EndpointCount, reasons.Count(r => NotRewritten.Contains(r)));
        Assert.Equal(1, StepReasons(result, TrackingNames.ValidEndpoints).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(StepReasons(result, TrackingNames.Responses), reason => Assert.Contains(reason, NotRewritten));
        string source = result.GeneratedSources.Single(s => s.HintName == "Scale.Api.List006Request.Okx.g.cs").SourceText.ToString();
        Assert.Contains("\"added\"", source, StringComparison.Ordinal);
    }

    private static GeneratorRunResult RunTwice(string editedEndpointSource)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Sources());
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        SyntaxTree oldTree = compilation.SyntaxTrees.ElementAt(EditedEndpoint + 1);
        SyntaxTree newTree = CSharpSyntaxTree.ParseText(editedEndpointSource, GeneratorHarness.ParseOptions, path: oldTree.FilePath);
        Assert.NotEqual(oldTree.ToString(), newTree.ToString());
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree));
        return driver.GetRunResult().Results.Single();
    }

    private static IncrementalStepRunReason[] OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();

    private static IncrementalStepRunReason[] StepReasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();

    private static string[] Sources()
    {
        var sources = new List<string>(EndpointCount + 1) { SharedTypes };
        for (int i = 0; i < EndpointCount; i++)
        {
            sources.Add(Endpoint(i, "endpoint"));
        }

        return sources.ToArray();
    }

    // The same corpus as benchmarks/OkxGen.Benchmarks/Scale/EndpointCorpus.cs.
    private const string SharedTypes = """
        using System.Collections.Generic;
        using OkxGen;

        namespace Scale.Api;

        public enum ScaleSide { Buy, Sell }

        public enum ScaleMode { Cash, Cross, SpotIsolated }

        public enum ScaleInstType { [OkxValue("SPOT")] Spot, [OkxValue("SWAP")] Swap, [OkxValue("FUTURES")] Futures }

        public sealed record ScaleLeg
        {
            public required string Id { get; init; }
            public decimal? Px { get; init; }
            public ScaleSide? Side { get; init; }
        }

        public sealed record ScaleNested
        {
            public string? Tag { get; init; }
            public decimal? Sz { get; init; }
            public IReadOnlyList<ScaleLeg>? Legs { get; init; }
        }

        public sealed record ScaleAck
        {
            public string? OrdId { get; init; }
            public string? ClOrdId { get; init; }
            public string? SCode { get; init; }
            public string? SMsg { get; init; }
        }

        public sealed record ScaleTicker
        {
            public required string InstId { get; init; }
            public decimal Last { get; init; }
            public ScaleInstType? InstType { get; init; }
        }
        """;

    /// <summary>Endpoint <paramref name="index"/>'s file, in one of five shapes; <paramref name="description"/> is returned by a method body.</summary>
    private static string Endpoint(int index, string description)
    {
        string n = index.ToString("D3", CultureInfo.InvariantCulture);
        string body = (index % 5) switch
        {
            0 => $$"""
                [OkxEndpoint("POST", "/api/v5/scale/order{{n}}", Response = typeof(ScaleAck), AcceptsExpTime = true)]
                public partial record Place{{n}}Request
                {
                    public required string InstId { get; init; }
                    public required ScaleSide Side { get; init; }
                    public required ScaleMode TdMode { get; init; }
                    public required decimal Sz { get; init; }
                    public decimal? Px { get; init; }
                    public bool? ReduceOnly { get; init; }
                    public IReadOnlyList<ScaleLeg>? Legs { get; init; }
                """,
            1 => $$"""
                [OkxEndpoint("GET", "/api/v5/scale/list{{n}}")]
                public partial record List{{n}}Request
                {
                    public ScaleInstType? InstType { get; init; }
                    public string? Ccy { get; init; }
                    public IReadOnlyList<string>? InstIds { get; init; }
                    public int? Limit { get; init; }
                    public long? After { get; init; }
                    public bool? Simple { get; init; }
                """,
            2 => $$"""
                [OkxEndpoint("POST", "/api/v5/scale/nested{{n}}", Response = typeof(ScaleAck))]
                public partial record Nested{{n}}Request
                {
                    public required ScaleNested Nested { get; init; }
                    public required ScaleMode Mode { get; init; }
                    public IReadOnlyList<decimal>? Sizes { get; init; }
                """,
            3 => $$"""
                [OkxEndpoint("GET", "/api/v5/market/ticker{{n}}", Signed = false, Response = typeof(ScaleTicker))]
                public partial record Ticker{{n}}Request
                {
                    public required string InstId { get; init; }
                """,
            _ => $$"""
                [OkxEndpoint("POST", "/api/v5/scale/batch{{n}}", Response = typeof(ScaleAck))]
                public partial record Batch{{n}}Request
                {
                    [OkxBody]
                    public required IReadOnlyList<ScaleLeg> Items { get; init; }
                """,
        };

        return $$"""
            using System.Collections.Generic;
            using OkxGen;

            namespace Scale.Api;

            {{body}}

                public string Describe() => "{{description}} {{n}}";
            }
            """;
    }
}
