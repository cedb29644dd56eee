using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Rules;
using OkxGen.Analyzers.Tests.TestSupport;

namespace OkxGen.Analyzers.Tests;

/// <summary>
/// Every signature rule over the small self-written clients under <c>Corpus/</c>: each folder is one project of several
/// files and classes (options, clock, authenticator, request builder, client), with its expected diagnostics as
/// <c>{|OKXnnn:...|}</c> markup. A folder without markup must stay silent.
/// </summary>
public sealed class CorpusTests
{
    // OkxClient: cases 1 to 8 of issue 16, across files and classes, and values that reach the HMAC only through an
    // interface and a lambda.
    [Fact]
    public Task OkxClient_ReportsEachCaseAtItsOrigin() => VerifyFolderAsync("OkxClient");

    [Fact]
    public Task OkxCleanClient_Silent() => VerifyFolderAsync("OkxCleanClient");

    // AWS SigV4, Binance-style query signing, Bybit-style body signing, each with the HMAC inline and in a helper.
    [Fact]
    public Task NonOkxSigners_RaiseNoOkxSpecificRule() => VerifyFolderAsync("NonOkxSigners");

    private static Task VerifyFolderAsync(string folder)
    {
        var test = new AllSignatureRulesTest { ReferenceAssemblies = ReferenceAssemblies.Net.Net80, MarkupOptions = MarkupOptions.UseFirstDescriptor };
        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "OkxGen.Analyzers.Tests", "Corpus", folder), "*.cs").Order(StringComparer.Ordinal))
        {
            test.TestState.Sources.Add((Path.GetFileName(path), File.ReadAllText(path)));
        }

        test.TestState.Sources.Add(("Newtonsoft.cs", NewtonsoftStubs.Source));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(OkxEndpointAttribute).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
        return test.RunAsync();
    }

    /// <summary>Runs every analyzer of OkxGen.Analyzers that reports a signature rule (OKX010 and up).</summary>
    private sealed class AllSignatureRulesTest : CSharpAnalyzerTest<BodySerializedTwiceAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            typeof(BodySerializedTwiceAnalyzer).Assembly.GetTypes()
                .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type != typeof(EndpointDeclarationAnalyzer))
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .Where(analyzer => analyzer.SupportedDiagnostics.All(d => string.CompareOrdinal(d.Id, "OKX010") >= 0))
                .ToImmutableArray();
    }
}
