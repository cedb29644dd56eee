using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.HandWrittenJsonNotCanonicalAnalyzer,
    OkxGen.CodeFixes.HandWrittenJsonNotCanonicalCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX013's fix rewrites a literal compact and sorted, and removes the whitespace of an interpolated template.</summary>
public sealed class HandWrittenJsonNotCanonicalCodeFixTests
{
    [Fact]
    public Task Literals_RewrittenCompactAndSorted() => Verifier.VerifyCodeFixAsync(""""
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp)
            {
                string a = {|OKX013:"{\"sz\": \"1\", \"instId\": \"BTC-USDT\", \"attachAlgoOrds\": [{\"tpTriggerPx\": \"1\", \"slTriggerPx\": \"0.5\"}]}"|};
                string b = {|OKX013:@"{ ""ordId"": ""1"", ""instId"": ""a b"" }"|};
                string c = {|OKX013:"""
                    {
                        "ordId": "2",
                        "instId": "BTC-USDT"
                    }
                    """|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c);
            }
        }
        """", """"
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp)
            {
                string a = "{\"attachAlgoOrds\":[{\"slTriggerPx\":\"0.5\",\"tpTriggerPx\":\"1\"}],\"instId\":\"BTC-USDT\",\"sz\":\"1\"}";
                string b = @"{""instId"":""a b"",""ordId"":""1""}";
                string c = """{"instId":"BTC-USDT","ordId":"2"}""";
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c);
            }
        }
        """");

    [Fact]
    public Task InterpolatedTemplate_WhitespaceRemovedHolesKept() => Verifier.VerifyCodeFixAsync("""
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, string instId, string size)
            {
                string body = {|OKX013:$"{{\"instId\": \"{instId}\", \"sz\": \"{size,3} {size:x}\"}}"|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """, """
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, string instId, string size)
            {
                string body = $"{{\"instId\":\"{instId}\",\"sz\":\"{size,3} {size:x}\"}}";
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """);

    [Fact]
    public Task InterpolatedTemplateOnlyUnsorted_NoFix() => Verifier.VerifyNoCodeFixAsync("""
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, string instId, string size) =>
                OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", {|OKX013:$"{{\"sz\":\"{size}\",\"instId\":\"{instId}\"}}"|});
        }
        """);
}
