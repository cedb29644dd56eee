using System.Net.Http;
using Clean.Crypto;

namespace Clean.Okx;

/// <summary>Reads the clock once, signs and sends that one value.</summary>
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

    // The WebSocket login signs Unix seconds with the verify path: right there.
    public string SignWithUnixTime(string method, string requestPath, string body) =>
        HmacSigner.Sign(_options.SecretKey, _clock.UnixTime + "GET" + "/users/self/verify");

    // Clean twin of case 5: the path and query signed exactly as the request sends them.
    public void AuthenticateRequest(HttpRequestMessage request)
    {
        string timestamp = _clock.TimeStamp;
        string requestPath = request.RequestUri!.PathAndQuery;
        request.Headers.Add("OK-ACCESS-SIGN", HmacSigner.Sign(_options.SecretKey, timestamp + "GET" + requestPath));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
    }
}
