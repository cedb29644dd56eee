using System;
using System.Net.Http;
using System.Threading.Tasks;
using OkxGen.Testing;

namespace OkxGen.RateLimiting.Tests.TestSupport;

/// <summary>A verifying server on a fake clock, with one demo key, and clients on the same clock.</summary>
internal sealed class RateLimitedServer : IAsyncDisposable
{
    public const string ApiKey = "key-1";
    public const string OtherApiKey = "key-2";
    private const string Secret = "secret";
    private const string Passphrase = "passphrase";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _http = new();

    private RateLimitedServer(OkxTestServer server, TimeProvider clock)
    {
        Server = server;
        Clock = clock;
    }

    public OkxTestServer Server { get; }

    public TimeProvider Clock { get; }

    public static async Task<RateLimitedServer> StartAsync(TimeProvider clock)
    {
        OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions { TimeProvider = clock });
        server.AddKey(ApiKey, Secret, Passphrase, demo: true);
        server.AddKey(OtherApiKey, Secret, Passphrase, demo: true);
        return new RateLimitedServer(server, clock);
    }

    public OkxClient CreateClient(OkxRateLimitMode mode, string apiKey = ApiKey, OkxRateLimiter? limiter = null) =>
        new(_http, new OkxClientOptions
        {
            BaseAddress = Server.BaseAddress,
            Credentials = new OkxCredentials(apiKey, Secret, Passphrase),
            Simulated = true,
            TimeProvider = Clock,
            RateLimiting = mode,
            RateLimiter = limiter,
        });

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
