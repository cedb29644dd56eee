using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Testing;
using OkxGen.WebSockets;

namespace OkxGen.Api.Tests.WebSockets;

/// <summary>Sends an example push from OKX's documentation through OkxGen.Testing's server to a subscribed client.</summary>
internal static class DocumentedPush
{
    private const string Key = "api-channel-key";
    private const string Secret = "api-channel-secret";
    private const string Passphrase = "Api-Channel-Pass-1";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Subscribes to <paramref name="channel"/>, pushes <paramref name="data"/> to the subscriptions <paramref name="selector"/> matches, and returns what the client read.</summary>
    public static async Task<OkxPush<T>> ReadAsync<T>(IOkxChannel<T> channel, string selector, string data)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await using OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions(), timeout.Token);
        server.AddKey(Key, Secret, Passphrase, demo: false);
        await using var client = new OkxWebSocketClient(new OkxWebSocketOptions
        {
            BaseAddress = server.WebSocketBaseAddress,
            Credentials = new OkxCredentials(Key, Secret, Passphrase),
        });

        await using IAsyncEnumerator<OkxPush<T>> pushes = client.SubscribeAsync(channel, timeout.Token).GetAsyncEnumerator(timeout.Token);
        Task<bool> first = pushes.MoveNextAsync().AsTask();
        // The server counts the subscriptions it pushed to: none until the client's subscribe has arrived. A refused
        // subscription ends the enumeration, and awaiting it then throws OKX's error.
        while (await server.PushAsync(selector, data, cancellationToken: timeout.Token) == 0 &&
               await Task.WhenAny(first, Task.Delay(10, timeout.Token)) != first)
        {
        }

        Assert.True(await first, "The subscription ended without a push.");
        return pushes.Current;
    }
}
