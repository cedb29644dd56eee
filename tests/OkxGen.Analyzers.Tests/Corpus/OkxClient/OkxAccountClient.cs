using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Acme.Crypto;

namespace Acme.Okx;

/// <summary>Cases 2 and 7: the clock property read twice, and signing headers on the shared client's default headers.</summary>
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
        string signature = HmacSigner.Sign(_options.SecretKey, {|OKX040:_clock.TimeStamp|} + "GET" + path);
        {|OKX041:_shared.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", signature)|};
        {|OKX041:_shared.DefaultRequestHeaders.Add("OK-ACCESS-TIMESTAMP", _clock.TimeStamp)|};
        return _shared.GetAsync(path, cancellationToken);
    }
}
