using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxGen.Generator;
using OkxGen.Generator.Tests.TestSupport;

namespace OkxGen.Benchmarks;

/// <summary>
/// Question 4: how long does the generator take over 300 endpoint declarations, from nothing, and after an edit to a
/// method body or to one endpoint? Each run gets a fresh clone of the compilation, so that no binding is reused from
/// the run before; the syntax trees are shared, as they are in an IDE.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _methodBodyEdited = null!;
    private CSharpCompilation _endpointEdited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorRun.CreateCompilation();
        _methodBodyEdited = GeneratorRun.Edit(_compilation, 7, EndpointCorpus.Endpoint(6, "edited endpoint"));
        _endpointEdited = GeneratorRun.Edit(_compilation, 7, EndpointCorpus.Endpoint(6, "endpoint").Replace(
            "public bool? Simple { get; init; }", "public bool? Simple { get; init; }\n    public string? Added { get; init; }", StringComparison.Ordinal));
        if (_endpointEdited.SyntaxTrees.ElementAt(7).ToString() == _compilation.SyntaxTrees.ElementAt(7).ToString())
        {
            throw new InvalidOperationException("The endpoint edit changed nothing.");
        }

        int generated = GeneratorRun.CountEndpointSources(GeneratorRun.CreateDriver().RunGenerators(_compilation.Clone()));
        if (generated != EndpointCorpus.Count)
        {
            throw new InvalidOperationException($"The generator wrote {generated} endpoint files for {EndpointCorpus.Count} declarations.");
        }

        _warm = GeneratorRun.CreateDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun300() => GeneratorRun.CreateDriver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver AfterMethodBodyEdit() => _warm.RunGenerators(_methodBodyEdited.Clone());

    [Benchmark]
    public GeneratorDriver AfterEndpointEdit() => _warm.RunGenerators(_endpointEdited.Clone());
}

/// <summary>The compilation of <see cref="EndpointCorpus"/> and a driver for OkxGen's generator.</summary>
internal static class GeneratorRun
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation CreateCompilation()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        ImmutableArray<MetadataReference> references = trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(OkxEndpointAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        return CSharpCompilation.Create(
            "OkxGen.Benchmarks.Scale",
            EndpointCorpus.Sources().Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Scale{index}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static CSharpCompilation Edit(CSharpCompilation compilation, int treeIndex, string source)
    {
        SyntaxTree old = compilation.SyntaxTrees.ElementAt(treeIndex);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, ParseOptions, path: old.FilePath));
    }

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new OkxEndpointGenerator().AsSourceGenerator()], parseOptions: ParseOptions);

    public static int CountEndpointSources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Count(source => source.HintName.EndsWith(".Okx.g.cs", StringComparison.Ordinal));
}
