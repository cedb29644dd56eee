using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Rules;

namespace OkxGen.Analyzers.Tests;

/// <summary>
/// A flow rule that reports away from the operation it starts from (the options' <c>WriteIndented = true</c> for the
/// serializer call, the dictionary's creation for the serialization, the signed path for the GET, the signed clock read
/// for the other read) still reports a local diagnostic, one of the member it analyzes. Roslyn counts a diagnostic that a
/// plain operation action reports outside its operation as non-local: an IDE shows it only in full solution analysis and
/// offers no code fix for it. So OKX011, OKX012, OKX017 (and OKX042) register per operation block, and OKX040 reports
/// each diagnostic from the callback of the read it is on (docs/benchmarks.md, issue 16).
/// </summary>
public sealed class DiagnosticLocalityTests
{
    [Fact]
    public Task IndentedOptionsStatement_Local() => AssertLocalAsync("OKX011", """
        using System.Text.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order)
            {
                var options = new JsonSerializerOptions();
                options.WriteIndented = true;
                string body = JsonSerializer.Serialize(order, options);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """);

    [Fact]
    public Task DictionaryCreatedBeforeSerialization_Local() => AssertLocalAsync("OKX012", """
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;

        public static class Authentication
        {
            public static string Sign(byte[] key, string timestamp, string instId, string sz)
            {
                var parameters = new SortedDictionary<string, object>();
                parameters.Add("instId", instId);
                parameters.Add("sz", sz);
                string body = JsonSerializer.Serialize(parameters);
                return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "POST" + "/api/v5/trade/order" + body)));
            }
        }
        """);

    [Fact]
    public Task SignedPathBeforeGet_Local() => AssertLocalAsync("OKX017", """
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using OkxGen;

        public static class Account
        {
            public static async Task<string> BalanceAsync(HttpClient client, byte[] key)
            {
                string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
                string prehash = timestamp + "GET" + "/api/v5/account/balance";
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash))));
                var response = await client.GetAsync("https://www.okx.com/api/v5/account/balance?ccy=BTC");
                return await response.Content.ReadAsStringAsync();
            }
        }
        """);

    // The header's read comes first, so the block is judged there; the diagnostic is on the signed read.
    [Fact]
    public Task ClockReadTwice_Local() => AssertLocalAsync("OKX040", """
        using System;
        using System.Globalization;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string secret)
            {
                request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                string signature = OkxSigner.Sign(secret, OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow), "GET", "/api/v5/account/balance", "");
                request.Headers.Add("OK-ACCESS-SIGN", signature);
            }
        }
        """);

    private static async Task AssertLocalAsync(string id, string source)
    {
        ImmutableArray<MetadataReference> references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Locality",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), "Test0.cs")],
            references.Add(MetadataReference.CreateFromFile(typeof(OkxEndpointAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        AnalysisResult result = await compilation.WithAnalyzers(SignatureAnalyzers()).GetAnalysisResultAsync(CancellationToken.None);
        Assert.Empty(result.CompilationDiagnostics.SelectMany(pair => pair.Value));
        Assert.Contains(result.SemanticDiagnostics.Values.SelectMany(byAnalyzer => byAnalyzer.Values).SelectMany(list => list), diagnostic => diagnostic.Id == id);
    }

    private static ImmutableArray<DiagnosticAnalyzer> SignatureAnalyzers() =>
        typeof(BodySerializedTwiceAnalyzer).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .Where(analyzer => analyzer.SupportedDiagnostics.All(descriptor => string.CompareOrdinal(descriptor.Id, "OKX010") >= 0))
            .ToImmutableArray();
}
