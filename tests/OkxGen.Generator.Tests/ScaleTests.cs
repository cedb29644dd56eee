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
    private const int EndpointCount = EndpointCorpus.Count;

    // The tree of endpoint 6 (a GET with scalars, an enum and a list); tree 0 holds the shared types.
    private const int EditedEndpoint = 6;

    private static readonly IncrementalStepRunReason[] NotRewritten = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void ThreeHundredEndpoints_AreAllGeneratedWithoutDiagnostics()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([.. EndpointCorpus.Sources()]);

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
        GeneratorRunResult result = RunTwice(EndpointCorpus.Endpoint(EditedEndpoint, "edited endpoint"));

        IncrementalStepRunReason[] reasons = OutputReasons(result);

        // One output per endpoint, and one collected output for the response readers.
        Assert.Equal(result.GeneratedSources.Length, reasons.Length);
        Assert.All(reasons, reason => Assert.Contains(reason, NotRewritten));
        Assert.All(StepReasons(result, TrackingNames.ValidEndpoints), reason => Assert.Contains(reason, NotRewritten));
    }

    [Fact]
    public void AddingAMemberToOneEndpoint_RewritesExactlyThatEndpoint()
    {
        string edited = EndpointCorpus.Endpoint(EditedEndpoint, "endpoint").Replace(
            "public bool? Simple { get; init; }",
            "public bool? Simple { get; init; }\n    public string? Added { get; init; }",
            StringComparison.Ordinal);

        GeneratorRunResult result = RunTwice(edited);

        IncrementalStepRunReason[] reasons = OutputReasons(result);
        Assert.Equal(result.GeneratedSources.Length, reasons.Length);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(reasons.Length - 1, reasons.Count(r => NotRewritten.Contains(r)));
        Assert.Equal(1, StepReasons(result, TrackingNames.ValidEndpoints).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(StepReasons(result, TrackingNames.ObjectReaders), reason => Assert.Contains(reason, NotRewritten));
        Assert.All(StepReasons(result, TrackingNames.EnumWireValues), reason => Assert.Contains(reason, NotRewritten));
        string source = result.GeneratedSources.Single(s => s.HintName == "Scale.Api.List006Request.Okx.g.cs").SourceText.ToString();
        Assert.Contains("\"added\"", source, StringComparison.Ordinal);
    }

    private static GeneratorRunResult RunTwice(string editedEndpointSource)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([.. EndpointCorpus.Sources()]);
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
}
