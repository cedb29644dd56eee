using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Clean.Crypto;

namespace Clean.Okx;

/// <summary>Clean twin of cases 2 and 7: one read of the clock, headers on the request message.</summary>
public sealed class OkxAccountClient
{
    private readonly HttpClient _shared;
    private readonly OkxClientOptions _options;
    private readonly RequestClock _clock = new();

    public OkxAccountClient(HttpClient shared, OkxClientOptions options)
    {
        _shared = shared;
        _options = options;
    }

    public Task<HttpResponseMessage> BalanceAsync(CancellationToken cancellationToken)
    {
        const string path = "/api/v5/account/balance";
        string timestamp = _clock.TimeStamp;
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("OK-ACCESS-SIGN", HmacSigner.Sign(_options.SecretKey, timestamp + "GET" + path));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        return _shared.SendAsync(request, cancellationToken);
    }
}
