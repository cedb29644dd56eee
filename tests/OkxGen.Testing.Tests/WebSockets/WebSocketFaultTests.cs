using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;

namespace OkxGen.Testing.Tests.WebSockets;

public sealed class WebSocketFaultTests
{
    [Fact]
    public async Task RefuseLogin_RefusesAValidLogin_WithTheCode_ThenLoginsSucceedAgain()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        scope.Server.InjectWebSocketFault(OkxWebSocketFault.RefuseLogin());

        JsonElement refused = await socket.LogInAsync(scope.Signer, scope.Server.Now);
        JsonElement accepted = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        Assert.Equal(("error", "60009", "Login failed."), (refused.Text("event"), refused.Text("code"), refused.Text("msg")));
        Assert.Equal("0", accepted.Text("code"));
        Assert.Equal(OkxWebSocketFaultKind.RefuseLogin, scope.Server.WebSocketMessages[0].Fault);
    }

    [Fact]
    public async Task RefuseLogin_WithAnotherCode_AnswersIt()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        scope.Server.InjectWebSocketFault(OkxWebSocketFault.RefuseLogin("63999"));

        JsonElement refused = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        Assert.Equal(("63999", "Login failed due to internal error. Please try again later."), (refused.Text("code"), refused.Text("msg")));
    }

    [Fact]
    public async Task DropConnection_OnAnOrder_AbortsWithoutAnswer_AndIsRecorded()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        scope.Server.InjectWebSocketFault(OkxWebSocketFault.DropConnection("order"));

        await socket.SendAsync("""{"id":"1","op":"order","args":[{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}]}""");

        await Assert.ThrowsAnyAsync<WebSocketException>(socket.ReceiveAsync);
        RecordedWebSocketMessage recorded = scope.Server.WebSocketMessages[^1];
        Assert.Equal(("order", OkxWebSocketFaultKind.DropConnection, null), (recorded.Op, recorded.Fault, recorded.Code));
        Assert.Empty(recorded.Answers);
    }

    [Theory]
    [InlineData("ping")]
    [InlineData("not json")]
    [InlineData("""{"op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"}]}""")]
    public async Task DropConnection_ForAnyMessage_DropsOnTheNextOne(string text)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");
        scope.Server.InjectWebSocketFault(OkxWebSocketFault.DropConnection());

        await socket.SendAsync(text);

        await Assert.ThrowsAnyAsync<WebSocketException>(socket.ReceiveAsync);
        Assert.Equal(OkxWebSocketFaultKind.DropConnection, Assert.Single(scope.Server.WebSocketMessages).Fault);
    }

    [Fact]
    public async Task DropConnection_ForAnotherOp_LeavesPingsAlone()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        scope.Server.InjectWebSocketFault(OkxWebSocketFault.DropConnection("order"));

        await socket.SendAsync("ping");

        Assert.Equal("pong", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task DropWebSocketConnections_AbortsOpenSockets_OnThePathGiven()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket privateSocket = await scope.ConnectAsync("private");
        await using RawWebSocket publicSocket = await scope.ConnectAsync("public");
        await privateSocket.SendAsync("ping");
        await privateSocket.ReceiveAsync();
        await publicSocket.SendAsync("ping");
        await publicSocket.ReceiveAsync();

        int dropped = await scope.Server.DropWebSocketConnectionsAsync("/wspap/ws/v5/private");
        await publicSocket.SendAsync("ping");

        Assert.Equal(1, dropped);
        await Assert.ThrowsAnyAsync<WebSocketException>(privateSocket.ReceiveAsync);
        Assert.Equal("pong", await publicSocket.ReceiveAsync());
    }

    [Fact]
    public async Task Notice_Sends64008_AndKeepsTheConnection()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");
        await socket.SendAsync("ping");
        await socket.ReceiveAsync();

        int sent = await scope.Server.SendWebSocketNoticeAsync();
        JsonElement notice = await socket.ReceiveJsonAsync();
        await socket.SendAsync("ping");

        Assert.Equal(1, sent);
        Assert.Equal(("notice", "64008", "The connection will soon be closed for a service upgrade. Please reconnect."), (notice.Text("event"), notice.Text("code"), notice.Text("msg")));
        Assert.NotNull(notice.Text("connId"));
        Assert.Equal("pong", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task IgnorePing_LeavesTheNextPingsUnanswered()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        scope.Server.InjectWebSocketFault(OkxWebSocketFault.IgnorePing(), times: 2);

        await socket.SendAsync("ping");
        await socket.SendAsync("ping");
        await socket.SendAsync("""{"op":"subscribe","args":[{"channel":"nope"}]}""");
        await socket.SendAsync("ping");

        // Messages are answered in order: the first frame back answers the subscription, so both pings before it went unanswered.
        Assert.Equal("60018", (await socket.ReceiveJsonAsync()).Text("code"));
        Assert.Equal("pong", await socket.ReceiveAsync());
        Assert.Equal(
            new OkxWebSocketFaultKind?[] { OkxWebSocketFaultKind.IgnorePing, OkxWebSocketFaultKind.IgnorePing, null, null },
            scope.Server.WebSocketMessages.Select(m => m.Fault));
    }

    [Fact]
    public async Task SilentConnection_IsClosedWith4004_AfterTheIdleTimeout()
    {
        var options = new OkxTestServerOptions { WebSocketIdleTimeout = TimeSpan.FromMilliseconds(200) };
        await using OkxTestServer server = await OkxTestServer.StartAsync(options);
        await using RawWebSocket socket = await RawWebSocket.ConnectAsync(server.WebSocketBaseAddress, "public");

        WebSocketException closed = await Assert.ThrowsAsync<WebSocketException>(socket.ReceiveAsync);

        Assert.Equal("closed: 4004", closed.Message);
    }

    [Fact]
    public async Task IdleTimeout_MustBePositiveOrInfinite()
    {
        var options = new OkxTestServerOptions { WebSocketIdleTimeout = TimeSpan.Zero };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => OkxTestServer.StartAsync(options));
    }
}
