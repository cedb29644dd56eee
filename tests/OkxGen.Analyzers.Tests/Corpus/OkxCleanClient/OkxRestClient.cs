using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Clean.Okx;

/// <summary>The client: builds the request, signs it through the authenticator, sends it.</summary>
public sealed class OkxRestClient
{
    private readonly HttpClient _http;
    private readonly OkxAuthenticator _authenticator;
    private readonly OrderRequestBuilder _builder = new();
    private readonly string _baseAddress;

    public OkxRestClient(HttpClient http, OkxClientOptions options)
    {
        _http = http;
        _baseAddress = options.BaseAddress;
        _authenticator = new OkxAuthenticator(options);
    }

    public Task<HttpResponseMessage> PlaceOrderAsync(string instId, decimal amount, decimal? price, CancellationToken cancellationToken)
    {
        string body = _builder.PlaceOrderBody(instId, amount, price);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order") { Content = new StringContent(body) };
        _authenticator.Authenticate(request, "POST", "/api/v5/trade/order", body);
        return _http.SendAsync(request, cancellationToken);
    }

    public Task<HttpResponseMessage> CandlesAsync(string instId, decimal? after, CancellationToken cancellationToken)
    {
        string path = _builder.CandlesQuery(instId, after);
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        _authenticator.Authenticate(request, "GET", path, "");
        return _http.SendAsync(request, cancellationToken);
    }

    public Task<HttpResponseMessage> BalanceAsync(string currencies, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _builder.BalanceUri(_baseAddress, currencies));
        _authenticator.AuthenticateRequest(request);
        return _http.SendAsync(request, cancellationToken);
    }
}
