// The CPU time of OkxGen's analyzers over a corpus, without MSBuild: compiles the corpus (tools/analyzer-cost/
// generate_corpus.py) against the net8.0 reference assemblies, then runs the analyzers of one or more assemblies on one
// thread and prints the process CPU time of each analysis and each analyzer's execution time (Roslyn's telemetry). One
// thread and CPU time make the figures usable on a machine that other builds load (docs/benchmarks.md).
//     AnalyzerTime CORPUS_DIR VARIANTS OKXGEN_RUNTIME_DLL NET8_REFERENCE_DIR [ROUNDS]
// VARIANTS is a comma-separated list of analyzer assemblies or "none" (a do-nothing analyzer: the driver's and the
// compiler's share). With ROUNDS, a warm-up round and then ROUNDS rounds run in this one process (each assembly in its own
// load context, so that two builds of OkxGen.Analyzers can be compared): each round measures a build of the corpus on the
// warm compiler, then every variant in turn; the medians follow, and a variant's own CPU (its median minus none's) as a
// share of the build's.
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

if (args.Length is not (4 or 5))
{
    Console.Error.WriteLine("usage: AnalyzerTime CORPUS_DIR ANALYZERS_DLL|none[,...] OKXGEN_RUNTIME_DLL NET8_REFERENCE_DIR [ROUNDS]");
    return 2;
}

var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
// Not what a build of the corpus wrote under obj/ (its assembly attributes), so that every run reads the same sources.
string buildOutput = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
List<SyntaxTree> trees = Directory.GetFiles(args[0], "*.cs", SearchOption.AllDirectories)
    .Where(path => !path.Contains(buildOutput, StringComparison.Ordinal))
    .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
    .ToList();
List<MetadataReference> references = Directory.GetFiles(args[3], "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
references.Add(MetadataReference.CreateFromFile(args[2]));
CSharpCompilation compilation = CSharpCompilation.Create(
    "Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
int errors = compilation.GetDiagnostics().Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
Console.WriteLine($"compiler diagnostics (binding every body): CPU {Elapsed(ref cpu):F2} s, {errors} errors, {trees.Sum(tree => tree.GetText().Lines.Count)} lines");

// "none": an analyzer that asks for every operation and does nothing, so that the phase's CPU time is the driver's and
// the compiler's share (binding again, building the operation trees, which the SDK's own analyzers need in any build).
List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> variants = args[1].Split(',')
    .Select(name => (name, name == "none"
        ? ImmutableArray.Create<DiagnosticAnalyzer>(new NothingAnalyzer())
        : new AnalyzerFileReference(Path.GetFullPath(name), new Loader(name)).GetAnalyzers(LanguageNames.CSharp)))
    .ToList();
int rounds = args.Length == 5 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1;
var times = variants.ToDictionary(variant => variant.Name, _ => new List<double>());
var builds = new List<double>();

// With rounds, round 0 warms up (the JIT compiles Roslyn's binder, the reference assemblies' symbols are read) and is not
// counted; every counted round first measures a build's own work on the warm compiler, as the compiler server does it:
// binding and checking every body of a fresh copy of the compilation, then emitting it.
for (int round = rounds > 1 ? 0 : 1; round <= rounds; round++)
{
    if (rounds > 1 && round > 0)
    {
        Compilation copy = compilation.Clone();
        Elapsed(ref cpu);
        copy.GetDiagnostics();
        using (var stream = new MemoryStream())
        {
            copy.Emit(stream);
        }

        builds.Add(Elapsed(ref cpu));
        Console.WriteLine($"round {round} build (bind, check and emit a fresh copy): CPU {builds[^1]:F2} s");
    }

    // Every other round in reverse order, so that a trend (the JIT still optimizing the binder) favours no variant.
    foreach ((string name, ImmutableArray<DiagnosticAnalyzer> analyzers) in round % 2 == 0 ? variants : Enumerable.Reverse(variants))
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(analyzers, options);
        Elapsed(ref cpu);
        ImmutableArray<Diagnostic> reported = await analysis.GetAnalyzerDiagnosticsAsync();
        double seconds = Elapsed(ref cpu);
        if (round > 0)
        {
            times[name].Add(seconds);
        }

        Console.WriteLine($"round {round} {name}: analyzers (binding every body again, plus the analyzers): CPU {seconds:F2} s, {reported.Length} diagnostics");
        if (round < rounds)
        {
            continue;
        }

        // The last round also prints Roslyn's execution time per analyzer (elapsed time, so it grows with the load).
        double total = 0;
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            AnalyzerTelemetryInfo telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            total += telemetry.ExecutionTime.TotalSeconds;
            Console.WriteLine($"  {telemetry.ExecutionTime.TotalSeconds,8:F3} s  {analyzer.GetType().Name}");
        }

        Console.WriteLine($"  {total,8:F3} s  all (execution time, one thread)");
    }
}

if (rounds > 1)
{
    double build = Median(builds);
    Console.WriteLine($"median build: CPU {build:F2} s (min {builds.Min():F2}, max {builds.Max():F2})");
    double? none = times.TryGetValue("none", out List<double>? noneTimes) ? Median(noneTimes) : null;
    foreach ((string name, List<double> list) in times)
    {
        string own = none is { } baseline && name != "none"
            ? $", own {Median(list) - baseline:F2} s = {(Median(list) - baseline) / build:P1} of the build"
            : string.Empty;
        Console.WriteLine($"median {name}: CPU {Median(list):F2} s (min {list.Min():F2}, max {list.Max():F2}){own}");
    }
}

return 0;

static double Median(List<double> values)
{
    List<double> sorted = values.OrderBy(value => value).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static double Elapsed(ref TimeSpan since)
{
    TimeSpan now = Process.GetCurrentProcess().TotalProcessorTime;
    double seconds = (now - since).TotalSeconds;
    since = now;
    return seconds;
}

/// <summary>Loads an analyzer assembly in a load context of its own, so that two builds of one assembly can be compared.</summary>
internal sealed class Loader(string name) : IAnalyzerAssemblyLoader
{
    private readonly AssemblyLoadContext _context = new(name);

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
}

/// <summary>Registers an action on every invocation, literal and property read, and reports nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NothingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("NONE001", "Never", "Never", "None", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation, OperationKind.Literal, OperationKind.PropertyReference);
    }
}
