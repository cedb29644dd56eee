using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OkxGen.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs an analyzer and its code fix over one source, built as <see cref="AnalyzerVerifier{TAnalyzer}"/> builds it
/// (.NET 8 reference assemblies, OkxGen.Runtime, C# 12, nullable on), and checks the fixed code.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>An expected warning with <paramref name="id"/>.</summary>
    public static DiagnosticResult Warning(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>An expected error with <paramref name="id"/>.</summary>
    public static DiagnosticResult Error(string id) => new(id, DiagnosticSeverity.Error);

    /// <summary>Checks that the analyzer reports exactly <paramref name="expected"/> (plus any markup) and the compiler no error.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Checks the diagnostics in <paramref name="source"/>, and that applying the fix to each one by one, and with Fix
    /// All in a document, project and solution, gives <paramref name="fixedSource"/> with no diagnostic left.
    /// </summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// As <see cref="VerifyCodeFixAsync"/>, and that a single fix (the first diagnostic's) already gives
    /// <paramref name="fixedSource"/>: for fixes that change every reported value of a statement at once.
    /// </summary>
    public static Task VerifyCodeFixInOneStepAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfIncrementalIterations = 1,
        };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// As <see cref="VerifyCodeFixAsync"/>, for a library that targets netstandard2.0 and does not reference
    /// OkxGen.Runtime (a signing helper with <c>HMACSHA256</c>, as most client libraries have).
    /// </summary>
    public static Task VerifyCodeFixOnNetStandard20Async(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        Configure(test, ReferenceAssemblies.NetStandard.NetStandard20, withRuntime: false);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Checks that the code fix offers nothing for the diagnostics in <paramref name="source"/> (plus
    /// <paramref name="expected"/>), so the source stays as it is.
    /// </summary>
    public static Task VerifyNoCodeFixAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = source,
        };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, ReferenceAssemblies? references = null, bool withRuntime = true)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = references ?? ReferenceAssemblies.Net.Net80;
        if (withRuntime)
        {
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(OkxEndpointAttribute).Assembly.Location));
        }

        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            var parseOptions = (CSharpParseOptions)project.ParseOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, parseOptions.WithLanguageVersion(LanguageVersion.CSharp12));
        });
    }
}
