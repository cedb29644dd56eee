using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Flow;

namespace OkxGen.Analyzers.Tests.Flow;

/// <summary>
/// The local data-flow walk: the value is the call <c>Mark(...)</c> in method <c>M</c>; each test says whether it reaches a sink.
/// </summary>
public sealed class SignatureFlowTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using OkxGen;

        """;

    [Theory]
    [InlineData("OkxSigner.Sign(secret, ts, \"POST\", path, Mark(body));")]
    [InlineData("OkxSigner.Sign(secret, Mark(ts), \"POST\", path, body);")]
    [InlineData("new OkxCredentials(\"k\", secret, \"p\").Sign(ts, \"POST\", path, Mark(body));")]
    [InlineData("HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Mark(body)));")]
    [InlineData("new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes(Mark(body)));")]
    [InlineData("HMAC hmac = new HMACSHA256(key); hmac.ComputeHash(Encoding.ASCII.GetBytes(Mark(body)));")]
    [InlineData("using var hmac = new HMACSHA256(key); hmac.TryComputeHash(Encoding.UTF8.GetBytes(Mark(body)), new byte[32], out _);")]
    [InlineData("HMACSHA256.TryHashData(key, Encoding.UTF8.GetBytes(Mark(body)), new byte[32], out _);")]
    [InlineData("request.Headers.Add(\"OK-ACCESS-SIGN\", Mark(body));")]
    [InlineData("request.Headers.TryAddWithoutValidation(\"ok-access-sign\", Mark(body));")]
    public Task Sink_Direct_Reaches(string statements) => AssertReaches(statements, true);

    [Theory]
    [InlineData("string s = Mark(body); OkxSigner.Sign(secret, ts, \"POST\", path, s);")]
    [InlineData("string s; s = Mark(body); string t = s; OkxSigner.Sign(secret, ts, \"POST\", path, t);")]
    [InlineData("string prehash = ts + \"POST\" + path + Mark(body); HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash));")]
    [InlineData("string prehash = $\"{ts}POST{path}{Mark(body)}\"; HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash));")]
    [InlineData("string prehash = string.Concat(ts, \"POST\", path, Mark(body)); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("string prehash = string.Concat(ts, \"POST\", path, Mark(body), \"x\"); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("string prehash = string.Format(\"{0}POST{1}{2}\", ts, path, Mark(body)); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("string prehash = string.Join(\"\", ts, \"POST\", path, Mark(body)); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("string prehash = string.Create(CultureInfo.InvariantCulture, $\"{ts}POST{path}{Mark(body)}\"); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("string prehash = FormattableString.Invariant($\"{ts}POST{path}{Mark(body)}\"); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("string prehash = ts; prehash += Mark(body); OkxSigner.Sign(secret, ts, \"POST\", path, prehash);")]
    [InlineData("var sb = new StringBuilder(); sb.Append(ts).Append(\"POST\").Append(Mark(body)); OkxSigner.Sign(secret, ts, \"POST\", path, sb.ToString());")]
    [InlineData("var sb = new StringBuilder(); sb.Append($\"{ts}POST{Mark(body)}\"); OkxSigner.Sign(secret, ts, \"POST\", path, sb.ToString());")]
    [InlineData("string s = new StringBuilder(Mark(body)).ToString(); OkxSigner.Sign(secret, ts, \"POST\", path, s);")]
    [InlineData("string s = flag ? Mark(body) : \"{}\"; OkxSigner.Sign(secret, ts, \"POST\", path, s);")]
    [InlineData("string? s = flag ? null : Mark(body); OkxSigner.Sign(secret, ts, \"POST\", path, s ?? \"{}\");")]
    [InlineData("byte[] bytes = Encoding.UTF8.GetBytes(Mark(body)); OkxSigner.TrySign(key, bytes, new byte[44], out _);")]
    [InlineData("string s = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Mark(body))); OkxSigner.Sign(secret, ts, \"POST\", path, s);")]
    [InlineData("var headers = new Dictionary<string, string>(); string sign = Sign(ts + \"POST\" + path + Mark(body)); headers.Add(\"OK-ACCESS-SIGN\", sign);")]
    [InlineData("var headers = new Dictionary<string, string>(); headers[\"OK-ACCESS-SIGN\"] = Sign(Mark(body));")]
    [InlineData("var headers = new Dictionary<string, string>(); headers.Add(\"OK-ACCESS-TIMESTAMP\", Mark(ts));", true)]
    [InlineData("var stream = Mark(new MemoryStream()); HMACSHA256.HashData(key, stream.ToArray());")]
    [InlineData("var buffer = Mark(new System.Buffers.ArrayBufferWriter<byte>()); HMACSHA256.HashData(key, buffer.WrittenSpan);")]
    [InlineData("Action a = () => { string s = Mark(body); OkxSigner.Sign(secret, ts, \"POST\", path, s); };")]
    public Task Steps_Reach(string statements, bool towardsTimestampHeader = false) =>
        AssertReaches(statements, true, towardsTimestampHeader ? SignatureSinkKind.TimestampHeader : SignatureSinkKind.AnySignature);

    [Theory]
    [InlineData("string s = Mark(body); Console.WriteLine(s);")]
    [InlineData("string s = Mark(body); OkxSigner.Sign(secret, ts, \"POST\", path, body);")]
    [InlineData("OkxSigner.Sign(Mark(secret), ts, \"POST\", path, body);")]
    [InlineData("HMACSHA256.HashData(Encoding.UTF8.GetBytes(Mark(secret)), key);")]
    [InlineData("SHA256.HashData(Encoding.UTF8.GetBytes(Mark(body)));")]
    [InlineData("request.Content = new StringContent(Mark(body));")]
    [InlineData("request.Headers.Add(\"OK-ACCESS-KEY\", Mark(body));")]
    [InlineData("request.Headers.Add(\"OK-ACCESS-TIMESTAMP\", Mark(ts));")]
    [InlineData("string s = Mark(body); int n = s.Length; OkxSigner.Sign(secret, ts, \"POST\", path, n.ToString(CultureInfo.InvariantCulture));")]
    [InlineData("string s = flag ? \"a\" : \"b\"; if (Mark(flag)) { OkxSigner.Sign(secret, ts, \"POST\", path, s); }")]
    public Task NotReaching_DoesNotReach(string statements) => AssertReaches(statements, false);

    [Fact]
    public Task TimestampHeader_NotCountedAsSignature() =>
        AssertReaches("request.Headers.Add(\"OK-ACCESS-TIMESTAMP\", Mark(ts));", false, SignatureSinkKind.AnySignature);

    [Fact]
    public Task UnknownCall_OnlyTowardsSignHeader() =>
        AssertReaches("HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Uri.EscapeDataString(Mark(body))));", false);

    [Theory]
    [InlineData("string s = Normalize(Mark(body)); OkxSigner.Sign(secret, ts, \"POST\", path, s);")]
    [InlineData("_field = Mark(body); OkxSigner.Sign(secret, ts, \"POST\", path, _field);")]
    [InlineData("Hash(key, Mark(body));")]
    public Task HelperFieldAndReturn_Reaches(string statements) => AssertReaches(statements, true);

    [Theory]
    [InlineData("_signer.Sign(key, Mark(body));")]
    [InlineData("_base.Sign(key, Mark(body));")]
    [InlineData("string p = _signer.Prehash(ts, Mark(body)); HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(p));")]
    [InlineData("Func<string, byte[]> sign = message => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message)); sign(Mark(body));")]
    [InlineData("Func<string> prehash = () => ts + Mark(body); HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash()));")]
    public Task OverrideInterfaceAndLambda_Reaches(string statements) => AssertReaches(statements, true);

    [Theory]
    [InlineData("_signer.Describe(Mark(body));")]
    [InlineData("Func<string, string> trim = message => message.Trim(); trim(Mark(body));")]
    [InlineData("Func<string> prehash = () => ts + Mark(body); prehash();")]
    public Task OverrideInterfaceAndLambda_NotSigning_DoesNotReach(string statements) => AssertReaches(statements, false);

    [Fact]
    public Task ReturnedValue_DoesNotReach() => AssertReaches("return Mark(body);", false, returnType: "string");

    private static async Task AssertReaches(string statements, bool expected, SignatureSinkKind kinds = SignatureSinkKind.AnySignature, string returnType = "void")
    {
        string source = Usings + $$"""
            public interface ISigner
            {
                byte[] Sign(byte[] key, string message);

                string Prehash(string ts, string body);

                void Describe(string text);
            }

            public sealed class HmacSigner : ISigner
            {
                public byte[] Sign(byte[] key, string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));

                public string Prehash(string ts, string body) => ts + "POST" + body;

                public void Describe(string text) => Console.WriteLine(text);
            }

            public abstract class SignerBase
            {
                public abstract byte[] Sign(byte[] key, string message);
            }

            public sealed class HmacSignerOverride : SignerBase
            {
                public override byte[] Sign(byte[] key, string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
            }

            public class C
            {
                private string _field = "";
                private readonly ISigner _signer = new HmacSigner();
                private readonly SignerBase _base = new HmacSignerOverride();

                public {{returnType}} M(string secret, byte[] key, string ts, string path, string body, bool flag, HttpRequestMessage request)
                {
                    {{statements}}
                }

                private static T Mark<T>(T value) => value;

                private static string Sign(string prehash) => prehash;

                private static string Normalize(string text) => text;

                private static byte[] Hash(byte[] key, string prehash) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash));
            }
            """;

        ImmutableArray<MetadataReference> references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "FlowTest",
            [tree],
            references.Add(MetadataReference.CreateFromFile(typeof(OkxSigner).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        SemanticModel model = compilation.GetSemanticModel(tree);
        MethodDeclarationSyntax method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.Text == "M");
        IOperation body = model.GetOperation(method)!;
        IInvocationOperation mark = body.Descendants().OfType<IInvocationOperation>().Single(i => i.TargetMethod.Name == "Mark");

        var flow = new SignatureFlow(SignatureSinks.Create(compilation)!, [body]);
        Assert.Equal(expected, flow.Reaches(mark, kinds));
    }
}
