using System.Threading.Tasks;
using OkxGen.Analyzers.Tests.TestSupport;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.IndentedJsonIsSignedAnalyzer,
    OkxGen.CodeFixes.IndentedJsonIsSignedCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX011's fix makes the signed serialization compact.</summary>
public sealed class IndentedJsonIsSignedCodeFixTests
{
    [Fact]
    public Task FormattingIndented_BecomesNone() => Verifier.VerifyCodeFixAsync("""
        using Newtonsoft.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order, object cancel)
            {
                string a = JsonConvert.SerializeObject(order, {|OKX011:Formatting.Indented|});
                string b = JsonConvert.SerializeObject(cancel, new JsonSerializerSettings { Formatting = {|OKX011:Formatting.Indented|} });
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b);
            }
        }
        """ + NewtonsoftStubs.Source, """
        using Newtonsoft.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order, object cancel)
            {
                string a = JsonConvert.SerializeObject(order, Formatting.None);
                string b = JsonConvert.SerializeObject(cancel, new JsonSerializerSettings { Formatting = Formatting.None });
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b);
            }
        }
        """ + NewtonsoftStubs.Source);

    [Fact]
    public Task WriteIndented_BecomesFalse() => Verifier.VerifyCodeFixAsync("""
        using System.Text.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order)
            {
                var options = new JsonSerializerOptions();
                {|OKX011:options.WriteIndented = true|};
                string body = JsonSerializer.Serialize(order, new JsonSerializerOptions { {|OKX011:WriteIndented = true|} });
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body + JsonSerializer.Serialize(order, options));
            }
        }
        """, """
        using System.Text.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order)
            {
                var options = new JsonSerializerOptions();
                options.WriteIndented = false;
                string body = JsonSerializer.Serialize(order, new JsonSerializerOptions { WriteIndented = false });
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body + JsonSerializer.Serialize(order, options));
            }
        }
        """);

    [Fact]
    public Task TokenAndNodeToString_BecomeCompact() => Verifier.VerifyCodeFixAsync("""
        using System.Text.Json.Nodes;
        using Newtonsoft.Json.Linq;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, JObject order, JsonObject cancel)
            {
                string body = {|OKX011:order.ToString()|} + {|OKX011:cancel.ToString()|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """ + NewtonsoftStubs.Source, """
        using System.Text.Json.Nodes;
        using Newtonsoft.Json.Linq;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, JObject order, JsonObject cancel)
            {
                string body = order.ToString(Newtonsoft.Json.Formatting.None) + cancel.ToJsonString();
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """ + NewtonsoftStubs.Source);
}
