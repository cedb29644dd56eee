using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Flow;

namespace OkxGen.Analyzers.Tests.Flow;

/// <summary>
/// Where <see cref="CompilationIndex.UsesOf"/> finds a member's uses: it searches the source text of the files that spell
/// the name, then binds each place; words that only contain the name, comments and strings are not uses.
/// </summary>
public sealed class CompilationIndexTests
{
    private const string Helpers = """
        namespace Demo;

        public static class Helpers
        {
            public static string Sign(string text) => text;

            public static T Wrap<T>(T value) => value;

            public static string SignAll(string text) => text; // Sign in a comment is not a use
        }

        public partial class Client
        {
            private string Prehash(string body) => body;

            public string First(string body) => Prehash(body);
        }
        """;

    private const string Callers = """
        namespace Demo;

        public partial class Client
        {
            public string Second(string body) => Prehash(body) + "Prehash(body)";
        }

        public sealed class Caller
        {
            private string Prehash(string body) => body;

            public string Run(string body)
            {
                string a = Helpers.Sign(body);
                string b = Helpers.@Sign(a);
                string c = Helpers.SignAll("Sign(" + b + ")");
                int d = Helpers.Wrap<int>(1) + Helpers.Wrap(2);
                return a + b + c + d + Prehash(body);
            }
        }
        """;

    [Theory]
    [InlineData("Helpers", "Sign", 2)]
    [InlineData("Helpers", "SignAll", 1)]
    [InlineData("Helpers", "Wrap", 2)]
    [InlineData("Client", "Prehash", 2)]
    [InlineData("Caller", "Prehash", 1)]
    [InlineData("Client", "First", 0)]
    public async Task UsesOf_FindsEveryUseAcrossFiles_AndNothingElse(string type, string member, int expected)
    {
        CSharpCompilation compilation = await CompileAsync();
        var index = new CompilationIndex(compilation);
        ISymbol symbol = compilation.GetTypeByMetadataName("Demo." + type)!.GetMembers(member).Single();

        var uses = index.UsesOf(symbol, CancellationToken.None);

        Assert.Equal(expected, uses.Count);
        Assert.All(uses, use => Assert.True(
            use is IInvocationOperation call && SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, symbol)));
    }

    [Fact]
    public async Task IdentifiersNamed_SkipsLongerWordsCommentsAndStrings()
    {
        CSharpCompilation compilation = await CompileAsync();
        var index = new CompilationIndex(compilation);

        // Sign is declared once and called twice (once as @Sign); SignAll, the comment and the strings do not count.
        Assert.Equal(3, index.IdentifiersNamed("Sign", CancellationToken.None).Count());
        Assert.Empty(index.IdentifiersNamed("NotInTheSource", CancellationToken.None));
    }

    private static async Task<CSharpCompilation> CompileAsync()
    {
        ImmutableArray<MetadataReference> references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "IndexTest",
            [CSharpSyntaxTree.ParseText(Helpers, options, "Helpers.cs"), CSharpSyntaxTree.ParseText(Callers, options, "Callers.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}
