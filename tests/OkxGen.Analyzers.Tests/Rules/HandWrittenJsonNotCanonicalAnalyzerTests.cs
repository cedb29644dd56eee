using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.HandWrittenJsonNotCanonicalAnalyzer,
    OkxGen.CodeFixes.HandWrittenJsonNotCanonicalCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX013: JSON written by hand that is signed with whitespace or unsorted keys.</summary>
public sealed class HandWrittenJsonNotCanonicalAnalyzerTests
{
    [Fact]
    public Task PythonStyleBodyWithSpaces_SignedWithHmac_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp)
            {
                // json.dumps({"instId": "BTC-USDT", "sz": "1"}) ported as is.
                string body = {|OKX013:"{\"instId\": \"BTC-USDT\", \"sz\": \"1\"}"|};
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                byte[] hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "POST" + "/api/v5/trade/order" + body));
                return Convert.ToBase64String(hash);
            }
        }
        """);

    [Fact]
    public Task InterpolatedAndRawTemplates_Reported() => Verifier.VerifyAnalyzerAsync(""""
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, string instId, string size)
            {
                string order = {|OKX013:$"{{\"sz\":\"{size}\",\"instId\":\"{instId}\"}}"|};
                string cancel = {|OKX013:"""
                    {
                        "instId": "BTC-USDT",
                        "ordId": "123"
                    }
                    """|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", order + cancel);
            }
        }
        """");

    [Fact]
    public Task CanonicalJson_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, string instId)
            {
                string a = "{\"instId\":\"BTC USDT\",\"sz\":\"1\"}";
                string b = $"{{\"instId\":\"{instId} x\",\"sz\":\"1\"}}";
                string c = "[{\"a\":1},{\"b\":[1,2]}]";
                string d = "{0} is not JSON { at all";
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d);
            }
        }
        """);

    [Fact]
    public Task IndentedJsonNotSigned_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using System.Text;

        public static class OkxRest
        {
            public static HttpContent Body() => new StringContent("{ \"sz\": \"1\", \"instId\": \"BTC-USDT\" }", Encoding.UTF8, "application/json");

            public static void Log() => Console.WriteLine("{ \"sz\": \"1\" }");
        }
        """);

    [Fact]
    public Task BodyInBuilder_SignedInHelper_MessageNamesTheSigningCall() => Verifier.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class Signer
        {
            public static string Sign(byte[] key, string message)
            {
                using var hmac = new HMACSHA256(key);
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
            }
        }

        public static class OkxBodies
        {
            public static string Cancel() => {|#0:"{\"ordId\":\"1\",\"instId\":\"BTC-USDT\"}"|};

            public static string Sign(byte[] key, string timestamp) =>
                Signer.Sign(key, timestamp + "POST" + "/api/v5/trade/cancel-order" + Cancel());
        }
        """,
        Verifier.Warning("OKX013").WithLocation(0).WithArguments("has keys out of ordinal order", "HMACSHA256.ComputeHash (Test0.cs, line 10)"));
}
