using System.Net.WebSockets;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

public sealed class WebSocketLifetimeTests
{
    [Fact]
    public async Task DisposingTheServer_DropsOpenSockets()
    {
        OkxTestServer server = await OkxTestServer.StartAsync();
        await using RawWebSocket socket = await RawWebSocket.ConnectAsync(server.WebSocketBaseAddress, "public");
        await socket.SendAsync("ping");
        await socket.ReceiveAsync();

        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<WebSocketException>(socket.ReceiveAsync);
        Assert.Equal(0, server.WebSocketConnectionCount);
    }
}
