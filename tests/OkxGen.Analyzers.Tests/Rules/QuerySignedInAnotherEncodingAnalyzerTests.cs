using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.QuerySignedInAnotherEncodingAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX042: the query is signed in another encoding than the request sends it.</summary>
public sealed class QuerySignedInAnotherEncodingAnalyzerTests
{
    private static DiagnosticResult Expected(params object[] arguments) =>
        new DiagnosticResult("OKX042", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(arguments);

    [Fact]
    public Task UnescapedRequestUriSigned_ReportedWithBothSides() => Verifier.VerifyAsync(
        """
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
                string path = {|#0:Uri.UnescapeDataString(request.RequestUri!.PathAndQuery)|};
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
        """,
        Expected(
            "Uri.UnescapeDataString(request.RequestUri!.PathAndQuery)", "Test0.cs, line 17",
            "HMACSHA256.HashData (Test0.cs, line 10)", "unescaped by Uri.UnescapeDataString",
            "\"/api/v5/trade/orders-pending?ordIds=\" + Uri.EscapeDataString(ids)", "Test0.cs, line 29", "escaped, as the URI keeps it"));

    [Fact]
    public Task UriToStringSignedWhileUriSent_Reported() => Verifier.VerifyAsync(
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
                byte[] hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("GET" + {|#0:uri.ToString()|}));
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Add("X-SIGN", Convert.ToBase64String(hash));
                return request;
            }
        }
        """,
        Expected(
            "uri.ToString()", "Test0.cs, line 11", "HMACSHA256.HashData (Test0.cs, line 11)", "unescaped by Uri.ToString",
            "uri", "Test0.cs, line 12", "escaped, as the URI keeps it"));

    [Fact]
    public Task EscapedSignedWhileSentAsItIs_Reported() => Verifier.VerifyAsync(
        """
        using System;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static HttpRequestMessage Build(string secret, string timestamp, string instIds)
            {
                string signature = OkxSigner.Sign(secret, timestamp, "GET", "/api/v5/market/tickers?instId=" + {|#0:Uri.EscapeDataString(instIds)|}, "");
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/market/tickers?instId=" + instIds);
                request.Headers.Add("OK-ACCESS-SIGN", signature);
                return request;
            }
        }
        """,
        Expected(
            "Uri.EscapeDataString(instIds)", "Test0.cs, line 9", "OkxSigner.Sign (Test0.cs, line 9)", "escaped by Uri.EscapeDataString",
            "instIds", "Test0.cs, line 10", "as it is, unescaped"));

    [Fact]
    public Task SignedAsItIsWhileSentEscaped_ReportedAtTheSignedRead() => Verifier.VerifyAsync(
        """
        using System;
        using System.Net;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static HttpRequestMessage Build(string secret, string timestamp, string instIds)
            {
                string signature = OkxSigner.Sign(secret, timestamp, "GET", "/api/v5/market/tickers?instId=" + {|#0:instIds|}, "");
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/market/tickers?instId=" + WebUtility.UrlEncode(instIds));
                request.Headers.Add("OK-ACCESS-SIGN", signature);
                return request;
            }
        }
        """,
        Expected(
            "instIds", "Test0.cs, line 10", "OkxSigner.Sign (Test0.cs, line 10)", "as it is, unescaped",
            "WebUtility.UrlEncode(instIds)", "Test0.cs, line 11", "escaped by WebUtility.UrlEncode"));

    [Fact]
    public Task TwoEscapingsDiffer_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static HttpRequestMessage Build(string secret, string timestamp, string instIds)
            {
                string signature = OkxSigner.Sign(secret, timestamp, "GET", $"/api/v5/market/tickers?instId={{|OKX042:WebUtility.UrlEncode(instIds)|}}", "");
                var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v5/market/tickers?instId={Uri.EscapeDataString(instIds)}");
                request.Headers.Add("OK-ACCESS-SIGN", signature);
                return request;
            }
        }
        """);

    [Fact]
    public Task OneQuerySignedAndSent_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static HttpRequestMessage Build(string secret, string timestamp, string instIds)
            {
                string path = "/api/v5/market/tickers?instId=" + Uri.EscapeDataString(instIds);
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "GET", path, ""));
                return request;
            }
        }
        """);

    [Fact]
    public Task RequestUriSignedAsSent_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using OkxGen;

        public static class Authenticator
        {
            public static void Authenticate(HttpRequestMessage request, string secret, string timestamp) =>
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "GET", request.RequestUri!.PathAndQuery, ""));
        }
        """);

    [Fact]
    public Task UnescapedButNotSigned_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;

        public static class Logger
        {
            public static string Describe(HttpRequestMessage request) => "GET " + Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
        }
        """);
}
