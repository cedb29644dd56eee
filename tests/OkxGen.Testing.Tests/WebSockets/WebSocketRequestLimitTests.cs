using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

/// <summary>
/// OKX: "The total number of 'subscribe'/'unsubscribe'/'login' requests per connection is limited to 480 times per hour."
/// The server counts them per connection on its clock (one that moves only when told here) and answers the ones past
/// the limit with 60014 "Requests too frequent", leaving the connection open.
/// </summary>
public sealed class WebSocketRequestLimitTests
{
    private const string Orders = """{"channel":"orders","instType":"ANY"}""";

    [Fact]
    public async Task LoginSubscribeAndUnsubscribe_Past480InAnHour_Answer60014_UntilTheOldestIsAnHourOld()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        scope.Clock.Advance(TimeSpan.FromMinutes(30));
        for (int i = 1; i < 480; i++)
        {
            string op = i % 2 == 1 ? "subscribe" : "unsubscribe";
            Assert.Equal(op, (await RequestAsync(socket, op, i)).Text("event"));
        }

        JsonElement refused = await RequestAsync(socket, "subscribe", 480);
        await socket.SendAsync("ping");
        string pong = await socket.ReceiveAsync();

        Assert.Equal(("480", "error", "60014", "Requests too frequent"), (refused.Text("id"), refused.Text("event"), refused.Text("code"), refused.Text("msg")));
        Assert.Equal(("pong", WebSocketState.Open), (pong, socket.State));

        // The login, received at the start, leaves the window an hour later; the rest, 30 minutes later, are still in it.
        scope.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));
        Assert.Equal("60014", (await RequestAsync(socket, "subscribe", 481)).Text("code"));
        scope.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal("subscribe", (await RequestAsync(socket, "subscribe", 482)).Text("event"));
        Assert.Equal("60014", (await RequestAsync(socket, "unsubscribe", 483)).Text("code"));

        var counted = scope.Server.WebSocketMessages.Where(message => message.Op is "login" or "subscribe" or "unsubscribe").ToList();
        Assert.Equal(484, counted.Count);
        Assert.Equal(3, counted.Count(message => message.Code == "60014"));
    }

    [Fact]
    public async Task EachConnection_HasItsOwnCount()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket first = await scope.ConnectAsync("private");
        await using RawWebSocket second = await scope.ConnectAsync("private");
        for (int i = 0; i < 480; i++)
        {
            await RequestAsync(first, "unsubscribe", i);
        }

        Assert.Equal("60014", (await RequestAsync(first, "unsubscribe", 480)).Text("code"));
        Assert.Equal("0", (await second.LogInAsync(scope.Signer, scope.Server.Now)).Text("code"));
        Assert.Equal("subscribe", (await RequestAsync(second, "subscribe", 1)).Text("event"));
    }

    [Fact]
    public async Task OtherRefusalsCount_ButRequestsRefusedForTheLimitDoNot()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        // Before login, OKX refuses a private channel with 60011: the request was made, and counts.
        for (int i = 0; i < 480; i++)
        {
            Assert.Equal("60011", (await RequestAsync(socket, "subscribe", i)).Text("code"));
        }

        scope.Clock.Advance(TimeSpan.FromMinutes(30));
        for (int i = 480; i < 960; i++)
        {
            Assert.Equal("60014", (await RequestAsync(socket, "subscribe", i)).Text("code"));
        }

        scope.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal("0", (await socket.LogInAsync(scope.Signer, scope.Server.Now)).Text("code"));
    }

    private static async Task<JsonElement> RequestAsync(RawWebSocket socket, string op, int id)
    {
        await socket.SendAsync($$"""{"id":"{{id}}","op":"{{op}}","args":[{{Orders}}]}""");
        return await socket.ReceiveJsonAsync();
    }
}
