using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxGen.Analyzers.Rules;
using OkxGen.Generator.Tests.TestSupport;

namespace OkxGen.Generator.Tests;

/// <summary>
/// Declarations the generator cannot serve are skipped without breaking anything else, and every skipped
/// declaration is exactly one the analyzers report an error for.
/// </summary>
public sealed class SkippedDeclarationTests
{
    private const string Declarations = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record ValidRequest { public string? InstId { get; init; } }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public record NotPartialRequest { public string? InstId { get; init; } }

        public class Outer
        {
            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record InNonPartialContainerRequest { public string? InstId { get; init; } }
        }

        [OkxEndpoint("PUT", "/api/v5/trade/order")]
        public partial record PutRequest { public string? InstId { get; init; } }

        [OkxEndpoint("GET", "/api/v5/account/balance?ccy=BTC")]
        public partial record PathWithQueryRequest { public string? Ccy { get; init; } }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record DateTimeMemberRequest { public DateTime When { get; init; } }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record NestedGuidRequest { public Nested? Inner { get; init; } }
        public sealed record Nested { public Guid Id { get; init; } }

        [OkxEndpoint("POST", "/api/v5/trade/order")]
        public partial record DuplicateNameRequest
        {
            public string? InstId { get; init; }
            [JsonPropertyName("instId")] public string? Other { get; init; }
        }

        [OkxEndpoint("GET", "/api/v5/trade/orders-pending")]
        public partial record ObjectInQueryRequest { public Nested? Filter { get; init; } }

        [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
        public partial record BodyNotListRequest { [OkxBody] public string? Orders { get; init; } }
        """;

    [Fact]
    public void InvalidDeclarations_AreSkippedAndTheValidOneIsStillGenerated()
    {
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Declarations));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Demo.ValidRequest.Okx.g.cs"], result.GeneratedSources.Select(source => source.HintName));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS0535" || d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task EverySkippedDeclaration_HasAnAnalyzerError_AndNoGeneratedOneHas()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(Declarations);
        GeneratorRunResult result = GeneratorHarness.Run(compilation).Result;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new EndpointDeclarationAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();

        string[] declared = ["ValidRequest", "NotPartialRequest", "InNonPartialContainerRequest", "PutRequest", "PathWithQueryRequest", "DateTimeMemberRequest", "NestedGuidRequest", "DuplicateNameRequest", "ObjectInQueryRequest", "BodyNotListRequest"];
        string[] generated = result.GeneratedSources.Select(source => source.HintName.Split('.')[^4]).ToArray();
        string[] reported = declared
            .Where(name => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && EnclosingTypeName(d) == name))
            .ToArray();

        Assert.Equal(declared.Except(generated).OrderBy(n => n), reported.OrderBy(n => n));
        Assert.Equal(declared.Length - 1, diagnostics.Length);
    }

    // The analyzers run on the compilation with the generator's output in it: the members it generated (each marked
    // [GeneratedCode("OkxGen.Generator", ...)]) are not collisions with themselves, in the type or in a base endpoint.
    [Fact]
    public async Task GeneratedMembersInTheCompilation_AreNotCollisions()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation("""
            using System.Collections.Generic;
            using OkxGen;

            namespace Demo;

            public enum Side { Buy, Sell }

            [OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record PlaceOrderRequest { public string? InstId { get; init; } public Side Side { get; init; } }

            [OkxEndpoint("POST", "/api/v5/trade/order-algo")]
            public partial record PlaceAlgoOrderRequest : PlaceOrderRequest { public decimal? TriggerPx { get; init; } }

            [OkxEndpoint("GET", "/api/v5/account/balance")]
            public partial record GetBalanceRequest { public IReadOnlyList<string>? Ccy { get; init; } }
            """);
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(compilation);

        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers([new EndpointDeclarationAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(4, result.GeneratedSources.Length);
        Assert.Empty(diagnostics);
        // CS1701 is the harness's reference unification, not the generated code.
        Assert.DoesNotContain(GeneratorHarness.WarningsAndErrors(output), d => !d.Contains("CS1701", System.StringComparison.Ordinal));
    }

    private static string? EnclosingTypeName(Diagnostic diagnostic)
    {
        SyntaxNode? node = diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        return node?.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text;
    }
}
