using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.QueryStringNotSignedAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX017: a GET that sends a query string its signed path lacks.</summary>
public sealed class QueryStringNotSignedAnalyzerTests
{
    private static DiagnosticResult Unsigned(int location, string sent, string signedBy, string sentAt) =>
        new DiagnosticResult("OKX017", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(sent, signedBy, sentAt);

    [Fact]
    public Task BalanceWithCcy_PathSignedWithoutQuery_Reported() => Verifier.VerifyAsync("""
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
                string prehash = {|#0:timestamp + "GET" + "/api/v5/account/balance"|};
                string sign = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash)));
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", sign);
                var response = await client.GetAsync("https://www.okx.com/api/v5/account/balance?ccy=BTC");
                return await response.Content.ReadAsStringAsync();
            }
        }
        """,
        Unsigned(0, "https://www.okx.com/api/v5/account/balance?ccy=BTC", "HMACSHA256.HashData (Test0.cs, line 14)", "Test0.cs, line 16"));

    [Fact]
    public Task PathLocalSigned_RequestMessageAddsQuery_Reported() => Verifier.VerifyAsync("""
        using System.Net.Http;
        using OkxGen;

        public static class Account
        {
            private const string BaseUrl = "https://www.okx.com";

            public static HttpRequestMessage Balance(string secret, string timestamp, string ccy)
            {
                string path = "/api/v5/account/balance";
                var request = new HttpRequestMessage(HttpMethod.Get, BaseUrl + path + "?ccy=" + ccy);
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "GET", {|#0:path|}, ""));
                return request;
            }
        }
        """,
        Unsigned(0, "BaseUrl + path + \"?ccy=\" + ccy", "OkxSigner.Sign (Test0.cs, line 12)", "Test0.cs, line 11"));

    [Fact]
    public Task InterpolatedUriAndPrehash_SameParameterPath_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;

        public sealed class RestClient(HttpClient client, byte[] key)
        {
            public Task<string> GetAsync(string requestPath, string timestamp, string instId)
            {
                var uri = new Uri($"https://www.okx.com{requestPath}?instId={instId}");
                using var hmac = new HMACSHA256(key);
                string sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes({|#0:$"{timestamp}GET{requestPath}"|})));
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", sign);
                return client.GetStringAsync(uri);
            }
        }
        """,
        Unsigned(0, "uri", "HMACSHA256.ComputeHash (Test0.cs, line 13)", "Test0.cs, line 15"));

    [Fact]
    public Task PathParameterSigned_QueryParameterSent_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;

        public static class Account
        {
            public static Task<HttpResponseMessage> GetAsync(HttpClient client, byte[] key, string timestamp, string path, string query)
            {
                string prehash = {|#0:timestamp + "GET" + path|};
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash))));
                return client.GetAsync("https://www.okx.com" + path + "?" + query);
            }
        }
        """,
        Unsigned(0, "\"https://www.okx.com\" + path + \"?\" + query", "HMACSHA256.HashData (Test0.cs, line 12)", "Test0.cs, line 13"));

    [Fact]
    public Task QuerySignedAsSent_NotReported() => Verifier.VerifyAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using OkxGen;

        public static class Account
        {
            public static Task<HttpResponseMessage> BalanceAsync(HttpClient client, string secret, string timestamp, string ccy)
            {
                string requestPath = "/api/v5/account/balance?ccy=" + ccy;
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "GET", requestPath, ""));
                return client.GetAsync("https://www.okx.com" + requestPath);
            }
        }
        """);

    [Fact]
    public Task SignedTextNotProvablyWithoutQuery_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using OkxGen;

        public static class Account
        {
            public static Task<HttpResponseMessage> GetAsync(HttpClient client, byte[] key, string timestamp, string path, string query, string body)
            {
                // The query is in a parameter: whether it is signed cannot be told, so nothing is said.
                string prehash = timestamp + "GET" + path + body;
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash))));
                return client.GetAsync("https://www.okx.com" + path + "?" + query);
            }

            public static Task<HttpResponseMessage> PostAsync(HttpClient client, string secret, string timestamp)
            {
                // Not a GET: the query rule does not apply, and the URI has no query anyway.
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", "{}"));
                return client.PostAsync("https://www.okx.com/api/v5/trade/order", new StringContent("{}"));
            }
        }
        """);
}
