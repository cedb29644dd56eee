using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Testing;
using OkxGen.Testing.WebSockets;

namespace OkxGen.WebSockets.Tests.TestSupport;

/// <summary>A started OkxGen.Testing server with a live key (a regular user unless <c>vipLevel</c> says otherwise), and a client on its WebSocket address with short timings.</summary>
public sealed class WebSocketFixture : IAsyncDisposable
{
    public const string Key = "ws-test-key";
    public const string Secret = "ws-test-secret";
    public const string Passphrase = "Ws-Pass-1";

    private WebSocketFixture(OkxTestServer server, OkxWebSocketClient client)
    {
        Server = server;
        Client = client;
    }

    public OkxTestServer Server { get; }

    public OkxWebSocketClient Client { get; }

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<WebSocketFixture> StartAsync(Action<OkxWebSocketOptions>? configure = null, OkxCredentials? credentials = null, OkxTestServerOptions? serverOptions = null, int vipLevel = 0)
    {
        OkxTestServer server = await OkxTestServer.StartAsync(serverOptions ?? new OkxTestServerOptions());
        server.AddKey(new OkxTestKey(Key, Secret, Passphrase, isDemo: false) { VipLevel = vipLevel });
        var options = new OkxWebSocketOptions
        {
            BaseAddress = server.WebSocketBaseAddress,
            Credentials = credentials ?? new OkxCredentials(Key, Secret, Passphrase),
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
            ResponseTimeout = TimeSpan.FromSeconds(10),
            RequestExpiry = TimeSpan.FromSeconds(30),
            TimeProvider = serverOptions?.TimeProvider ?? TimeProvider.System,
        };
        configure?.Invoke(options);
        return new WebSocketFixture(server, new OkxWebSocketClient(options));
    }

    public IReadOnlyList<RecordedWebSocketMessage> Messages(string op) =>
        Server.WebSocketMessages.Where(message => message.Op == op).ToList();

    /// <summary>Waits (bounded, not timed) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException("Gave up waiting until " + what);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Pushes until a subscriber exists for the selector (after a (re)subscribe).</summary>
    public async Task PushWhenSubscribedAsync(string selector, string data, string? action = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await Server.PushAsync(selector, data, action) == 0)
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}

internal static class AsyncEnumeratorExtensions
{
    public static async Task<T> NextAsync<T>(this IAsyncEnumerator<T> enumerator)
    {
        using var timeout = new CancellationTokenSource(WebSocketFixture.Patience);
        Task<bool> next = enumerator.MoveNextAsync().AsTask();
        Task finished = await Task.WhenAny(next, Task.Delay(Timeout.Infinite, timeout.Token));
        if (finished != next)
        {
            throw new TimeoutException("No item came.");
        }

        Assert.True(await next, "The enumeration ended.");
        return enumerator.Current;
    }
}
