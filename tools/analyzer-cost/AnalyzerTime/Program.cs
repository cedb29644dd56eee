// The CPU time of OkxGen's analyzers over a corpus, without MSBuild: compiles the corpus (tools/analyzer-cost/
// generate_corpus.py) against the net8.0 reference assemblies, then runs the analyzers of one assembly on one thread
// and prints the process CPU time of each phase and each analyzer's execution time (Roslyn's telemetry). One thread
// and CPU time make the figures usable on a machine that other builds load (docs/benchmarks.md).
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: AnalyzerTime CORPUS_DIR ANALYZERS_DLL|none OKXGEN_RUNTIME_DLL NET8_REFERENCE_DIR");
    return 2;
}

var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
List<SyntaxTree> trees = Directory.GetFiles(args[0], "*.cs", SearchOption.AllDirectories)
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
ImmutableArray<DiagnosticAnalyzer> analyzers = args[1] == "none"
    ? ImmutableArray.Create<DiagnosticAnalyzer>(new NothingAnalyzer())
    : new AnalyzerFileReference(Path.GetFullPath(args[1]), new Loader()).GetAnalyzers(LanguageNames.CSharp);
var options = new CompilationWithAnalyzersOptions(
    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
CompilationWithAnalyzers analysis = compilation.WithAnalyzers(analyzers, options);
ImmutableArray<Diagnostic> reported = await analysis.GetAnalyzerDiagnosticsAsync();
Console.WriteLine($"analyzers (binding every body again, plus the analyzers): CPU {Elapsed(ref cpu):F2} s, {reported.Length} diagnostics");
double total = 0;
foreach (DiagnosticAnalyzer analyzer in analyzers)
{
    AnalyzerTelemetryInfo telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    total += telemetry.ExecutionTime.TotalSeconds;
    Console.WriteLine($"  {telemetry.ExecutionTime.TotalSeconds,8:F3} s  {analyzer.GetType().Name}");
}

Console.WriteLine($"  {total,8:F3} s  all (execution time, one thread)");
return 0;

static double Elapsed(ref TimeSpan since)
{
    TimeSpan now = Process.GetCurrentProcess().TotalProcessorTime;
    double seconds = (now - since).TotalSeconds;
    since = now;
    return seconds;
}

/// <summary>Loads the analyzer assembly and its dependencies from their folder.</summary>
internal sealed class Loader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
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
