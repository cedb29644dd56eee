using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.SigningHeaderOnDefaultHeadersAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX041: signing headers added to HttpClient.DefaultRequestHeaders.</summary>
public sealed class SigningHeaderOnDefaultHeadersAnalyzerTests
{
    [Fact]
    public Task SignAndTimestampOnDefaultHeaders_Reported() => Verifier.VerifyAsync("""
        using System.Net.Http;

        public sealed class Client
        {
            private readonly HttpClient _http = new();

            public void Prepare(string signature, string timestamp)
            {
                {|OKX041:_http.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", signature)|};
                {|OKX041:_http.DefaultRequestHeaders.TryAddWithoutValidation("X-BAPI-TIMESTAMP", timestamp)|};
            }
        }
        """);

    [Fact]
    public Task KeyOnDefaultHeaders_SignatureOnRequest_NotReported() => Verifier.VerifyAsync("""
        using System.Net.Http;

        public sealed class Client
        {
            private readonly HttpClient _http = new();

            public HttpRequestMessage Prepare(string key, string signature)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", key);
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                request.Headers.Add("OK-ACCESS-SIGN", signature);
                return request;
            }
        }
        """);
}
