using System.Net.Http;
using Acme.Crypto;

namespace Acme.Okx;

/// <summary>Signs requests with the OK-ACCESS-* headers; the clock and the HMAC live in other classes.</summary>
public sealed class OkxAuthenticator
{
    private readonly OkxClientOptions _options;
    private readonly RequestClock _clock = new();

    public OkxAuthenticator(OkxClientOptions options) => _options = options;

    public void Authenticate(HttpRequestMessage request, string method, string requestPath, string body)
    {
        string timestamp = _clock.TimeStamp;
        string signature = HmacSigner.Sign(_options.SecretKey, timestamp + method + requestPath + body);
        request.Headers.Add("OK-ACCESS-KEY", _options.ApiKey);
        request.Headers.Add("OK-ACCESS-SIGN", signature);
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", _options.Passphrase);
    }

    public string SignWithUnixTime(string method, string requestPath, string body) =>
        HmacSigner.Sign(_options.SecretKey, _clock.UnixTime + method + requestPath + body);

    // Case 5: the query is signed unescaped (ccy=BTC,ETH) while the request sends it escaped (ccy=BTC%2CETH).
    public void AuthenticateRequest(HttpRequestMessage request)
    {
        string timestamp = _clock.TimeStamp;
        string requestPath = {|OKX042:System.Uri.UnescapeDataString(request.RequestUri!.PathAndQuery)|};
        request.Headers.Add("OK-ACCESS-SIGN", HmacSigner.Sign(_options.SecretKey, timestamp + "GET" + requestPath));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
    }
}
