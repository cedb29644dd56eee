using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.QuerySignedInAnotherEncodingAnalyzer,
    OkxGen.CodeFixes.QuerySignedInAnotherEncodingCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX042's fix signs the sent URI's text as it is, escapes included.</summary>
public sealed class QuerySignedInAnotherEncodingCodeFixTests
{
    [Fact]
    public Task UnescapedRequestUri_IsSignedAsSent() => Verifier.VerifyCodeFixAsync(
        Client("{|OKX042:Uri.UnescapeDataString(request.RequestUri!.PathAndQuery)|}"),
        Client("request.RequestUri!.PathAndQuery"));

    [Fact]
    public Task UrlDecodedRequestUri_IsSignedAsSent() => Verifier.VerifyCodeFixAsync(
        Client("{|OKX042:System.Net.WebUtility.UrlDecode(request.RequestUri!.PathAndQuery)|}"),
        Client("request.RequestUri!.PathAndQuery"));

    [Fact]
    public Task UriToString_HasNoFix() => Verifier.VerifyCodeFixAsync(
        """
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;

        public static class Client
        {
            public static HttpRequestMessage Build(string baseAddress, string query, byte[] key)
            {
                var uri = new Uri(baseAddress + "/api/v5/market/tickers?" + query);
                byte[] hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("GET" + {|OKX042:uri.ToString()|}));
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Add("X-SIGN", Convert.ToBase64String(hash));
                return request;
            }
        }
        """,
        """
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;

        public static class Client
        {
            public static HttpRequestMessage Build(string baseAddress, string query, byte[] key)
            {
                var uri = new Uri(baseAddress + "/api/v5/market/tickers?" + query);
                byte[] hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("GET" + {|OKX042:uri.ToString()|}));
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Add("X-SIGN", Convert.ToBase64String(hash));
                return request;
            }
        }
        """);

    // The shape of the rule page: the request built in one class, its path unescaped and signed in another.
    private static string Client(string signedPath) => $$"""
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;

        public static class Signer
        {
            public static string Sign(string secret, string message) =>
                Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));
        }

        public sealed class Authenticator
        {
            public void Authenticate(HttpRequestMessage request, string timestamp, string secret)
            {
                string path = {{signedPath}};
                request.Headers.Add("OK-ACCESS-SIGN", Signer.Sign(secret, timestamp + "GET" + path));
            }
        }

        public sealed class Client
        {
            private readonly HttpClient _http = new();
            private readonly Authenticator _authenticator = new();

            public Task<HttpResponseMessage> OrdersAsync(string ids)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/trade/orders-pending?ordIds=" + Uri.EscapeDataString(ids));
                _authenticator.Authenticate(request, "2020-12-08T09:08:57.715Z", "secret");
                return _http.SendAsync(request);
            }
        }
        """;
}
