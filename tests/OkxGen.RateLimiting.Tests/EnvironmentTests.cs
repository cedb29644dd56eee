using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.RateLimiting.Tests.TestSupport;

namespace OkxGen.RateLimiting.Tests;

/// <summary>OKX's sites, as its documentation and the regional sites list them, applied through the options.</summary>
public sealed class EnvironmentTests
{
    [Theory]
    [InlineData("Global", "https://www.okx.com/", "wss://ws.okx.com:8443/ws/v5/", "wss://wspap.okx.com:8443/ws/v5/")]
    [InlineData("EEA", "https://eea.okx.com/", "wss://wseea.okx.com:8443/ws/v5/", "wss://wseeapap.okx.com:8443/ws/v5/")]
    [InlineData("US", "https://us.okx.com/", "wss://wsus.okx.com:8443/ws/v5/", "wss://wsuspap.okx.com:8443/ws/v5/")]
    public void Presets_NameTheirHosts(string name, string rest, string webSocket, string demoWebSocket)
    {
        OkxEnvironment environment = name switch { "Global" => OkxEnvironment.Global, "EEA" => OkxEnvironment.Eea, _ => OkxEnvironment.Us };

        Assert.Equal(
            (name, rest, webSocket, demoWebSocket),
            (environment.Name, environment.RestAddress.ToString(), environment.WebSocketAddress.ToString(), environment.DemoWebSocketAddress.ToString()));
        Assert.Equal(webSocket + "private", new Uri(environment.WebSocketAddress, "private").ToString());
    }

    [Fact]
    public void Options_DefaultToGlobal_EnvironmentSetsTheAddress_BaseAddressOverrides()
    {
        var options = new OkxClientOptions();
        Assert.Same(OkxEnvironment.Global, options.Environment);
        Assert.Equal(OkxClientOptions.DefaultBaseAddress, options.BaseAddress);

        options.Environment = OkxEnvironment.Eea;
        Assert.Equal(new Uri("https://eea.okx.com"), options.BaseAddress);

        options.BaseAddress = new Uri("http://127.0.0.1:5000");
        options.Environment = OkxEnvironment.Us;
        Assert.Equal(new Uri("http://127.0.0.1:5000"), options.BaseAddress);
    }

    [Theory]
    [InlineData("EEA", "https://eea.okx.com/api/v5/market/ticker?instId=BTC-USDT")]
    [InlineData("US", "https://us.okx.com/api/v5/market/ticker?instId=BTC-USDT")]
    public async Task Client_SendsToTheEnvironmentsHost(string name, string expected)
    {
        var handler = new RecordingHandler();
        var client = new OkxClient(new HttpClient(handler), new OkxClientOptions
        {
            Environment = name == "EEA" ? OkxEnvironment.Eea : OkxEnvironment.Us,
            Simulated = true,
        });

        await client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" });

        Assert.Equal(expected, handler.RequestUri?.ToString());
        Assert.True(handler.Simulated);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public Uri? RequestUri { get; private set; }

        public bool Simulated { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestUri = request.RequestUri;
            Simulated = request.Headers.TryGetValues("x-simulated-trading", out var values) && string.Join(",", values) == "1";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"code":"0","msg":"","data":[]}""") });
        }
    }
}
