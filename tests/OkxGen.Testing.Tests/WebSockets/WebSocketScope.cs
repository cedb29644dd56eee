using System;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

/// <summary>A started server with the demo test key, a clock that stands still, and raw sockets on the demo address.</summary>
public sealed class WebSocketScope : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private WebSocketScope(ServerScope scope, ManualTimeProvider clock)
    {
        Scope = scope;
        Clock = clock;
    }

    public ServerScope Scope { get; }

    public OkxTestServer Server => Scope.Server;

    public TestSigner Signer => Scope.Signer;

    public ManualTimeProvider Clock { get; }

    public static async Task<WebSocketScope> StartAsync()
    {
        var clock = new ManualTimeProvider(Start);
        ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock });
        return new WebSocketScope(scope, clock);
    }

    /// <summary>A socket on the demo address (where the demo test key logs in).</summary>
    public Task<RawWebSocket> ConnectAsync(string endpoint) => RawWebSocket.ConnectAsync(Server.DemoWebSocketBaseAddress, endpoint);

    /// <summary>A socket on <c>/private</c>, logged in with the test key.</summary>
    public async Task<RawWebSocket> ConnectLoggedInAsync(string endpoint = "private")
    {
        RawWebSocket socket = await ConnectAsync(endpoint);
        var answer = await socket.LogInAsync(Signer, Server.Now);
        Assert.Equal("0", answer.Text("code"));
        return socket;
    }

    public ValueTask DisposeAsync() => Scope.DisposeAsync();
}
