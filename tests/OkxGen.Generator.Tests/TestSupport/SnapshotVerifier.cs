using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace OkxGen.Generator.Tests.TestSupport;

/// <summary>
/// Checks that the generator writes exactly the expected files for a source, and that the compilation with them has
/// no warning and no error (nullable on, C# 12, XML documentation checked, the .NET 8 reference assemblies, as a
/// consumer on .NET 8 would build).
/// </summary>
internal static class SnapshotVerifier
{
    public static async Task VerifyAsync(string snapshot, string source)
    {
        GeneratorRunResult result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source)).Result;
        IReadOnlyDictionary<string, string> actual = GeneratorHarness.GeneratedSources(result);
        if (Snapshots.Updating)
        {
            Snapshots.Replace(snapshot, actual);
        }

        var test = new CSharpSourceGeneratorTest<OkxEndpointGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            // The inputs are not documented, but the generated files must be: the pragma covers only the input file.
            TestState = { Sources = { "#pragma warning disable CS1591\n" + source } },
        };
        test.TestState.AdditionalReferences.Add(typeof(OkxEndpointAttribute).Assembly);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12));
        });

        // Every expected file must be generated and nothing else: the testing library compares the whole set.
        IReadOnlyDictionary<string, string> expected = Snapshots.Read(snapshot);
        if (expected.Count == 0)
        {
            throw new Xunit.Sdk.XunitException($"No snapshot in Snapshots/{snapshot}/; run the tests with OKXGEN_UPDATE_SNAPSHOTS=1 to write it, then review it.");
        }

        foreach ((string hintName, string text) in expected)
        {
            test.TestState.GeneratedSources.Add((typeof(OkxEndpointGenerator), hintName, SourceText.From(text, System.Text.Encoding.UTF8)));
        }

        await test.RunAsync();
    }
}
