using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OkxGen.Testing;

namespace OkxGen.Extensions.Http.Resilience.Tests;

/// <summary>A verifying server with one demo key, and the client options that reach it with that key.</summary>
internal sealed class ServerFixture : IAsyncDisposable
{
    public static readonly OkxTestKey Key = new("resilience-key-0123", "RESILIENCESECRET0123456789ABCDEF", "Resilience-Pass-1");

    private ServerFixture(OkxTestServer server) => Server = server;

    public OkxTestServer Server { get; }

    // No clOrdId: OKX (and the server) refuse a second pending order with the same clOrdId (51016), which would hide a
    // duplicate; without one, nothing but the client stands between a repeated request and a second order.
    public static PlaceOrderRequest Order => new()
    {
        InstId = "BTC-USDT",
        TdMode = "cash",
        Side = "buy",
        OrdType = "limit",
        Sz = 0.01m,
        Px = 25000m,
    };

    public static async Task<ServerFixture> StartAsync()
    {
        OkxTestServer server = await OkxTestServer.StartAsync(cancellationToken: CancellationToken.None);
        server.AddKey(Key);
        return new ServerFixture(server);
    }

    public void Configure(OkxClientOptions options)
    {
        options.BaseAddress = Server.BaseAddress;
        options.Credentials = new OkxCredentials(Key.ApiKey, Key.SecretKey, Key.Passphrase);
        options.Simulated = true;
    }

    public int Count(string path) => Server.Requests.Count(request => request.Path == path);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
