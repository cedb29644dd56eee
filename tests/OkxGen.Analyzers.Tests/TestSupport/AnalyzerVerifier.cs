using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OkxGen.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs an analyzer over one source the way a consumer on .NET 8 would build it: the .NET 8 reference assemblies,
/// OkxGen.Runtime, C# 12 and nullable on. The generator does not run, so a source can use only what it declares.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>An expected error with <paramref name="id"/>.</summary>
    /// <remarks>
    /// Not looked up from <c>SupportedDiagnostics</c>: OKX002 has two descriptors (method and path), so a lookup by ID
    /// would be ambiguous. Every OkxGen diagnostic is an error.
    /// </remarks>
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Error);

    /// <summary>Checks that the analyzer reports exactly <paramref name="expected"/> (plus any markup in the source) and the compiler no error.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(OkxEndpointAttribute).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            var parseOptions = (CSharpParseOptions)project.ParseOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, parseOptions.WithLanguageVersion(LanguageVersion.CSharp12));
        });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
