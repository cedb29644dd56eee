using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.Testing;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

/// <summary>
/// OKX allows 480 subscribe, unsubscribe and login requests per hour on one connection; the test server counts them the
/// same way and answers the 481st with 60014. The client keeps the count on its own clock (here a fake one shared with
/// the server, moved only by the test, so that no keepalive or timeout fires on its own): past the budget a subscription
/// fails at once with an <see cref="OkxWebSocketException"/> without a <c>Code</c> (OKX never saw it), an unsubscribe is
/// not sent, and an hour after the oldest request the same connection is used again.
/// </summary>
public sealed class RequestBudgetTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PastTheBudget_NothingIsSent_AndAnHourLaterTheSameConnectionIsUsedAgain()
    {
        var clock = new FakeTimeProvider(Start);
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(
            options => options.ResponseTimeout = TimeSpan.FromHours(2),
            serverOptions: new OkxTestServerOptions { TimeProvider = clock, WebSocketIdleTimeout = Timeout.InfiniteTimeSpan });
        using var stop = new CancellationTokenSource();

        // The login and 479 subscriptions, all held open: the whole budget of the first hour.
        var held = new List<IAsyncEnumerator<OkxPush<OrderUpdate>>>();
        var reads = new List<Task<bool>>();
        for (int i = 0; i < 479; i++)
        {
            IAsyncEnumerator<OkxPush<OrderUpdate>> subscription = fixture.Client.SubscribeAsync(Orders(i), stop.Token).GetAsyncEnumerator();
            held.Add(subscription);
            reads.Add(subscription.MoveNextAsync().AsTask());
        }

        await WebSocketFixture.WaitUntilAsync(() => fixture.Messages("subscribe").Count == 479, "479 subscriptions are acknowledged");
        await using (IAsyncEnumerator<OkxPush<OrderUpdate>> oneTooMany = fixture.Client.SubscribeAsync(Orders(479)).GetAsyncEnumerator())
        {
            OkxWebSocketException refused = await Assert.ThrowsAsync<OkxWebSocketException>(async () => await oneTooMany.MoveNextAsync());
            Assert.Null(refused.Code);
            Assert.Contains("480", refused.Message, StringComparison.Ordinal);
        }

        List<RecordedWebSocketMessage> firstHour = Counted(fixture);
        Assert.Equal(480, firstHour.Count);
        Assert.All(firstHour, message => Assert.Equal((Start, "0"), (message.ReceivedAt, message.Code)));
        string connection = Assert.Single(firstHour.Select(message => message.ConnectionId).Distinct());

        // An hour after the first requests, the budget is free again on the same connection.
        clock.Advance(TimeSpan.FromHours(1));
        await using IAsyncEnumerator<OkxPush<OrderUpdate>> later = fixture.Client.SubscribeAsync(Orders(480)).GetAsyncEnumerator();
        Task<OkxPush<OrderUpdate>> push = later.NextAsync();
        await fixture.PushWhenSubscribedAsync("""{"channel":"orders","instId":"COIN480-USDT"}""", """[{"instId":"COIN480-USDT","ordId":"7"}]""");
        Assert.Equal("7", (await push).Data[0].OrdId);

        // Ending the 479 held subscriptions unsubscribes them, which fills the second hour's budget: ending the last
        // one then sends nothing (the client stops reading it; OKX would refuse the unsubscribe with 60014).
        await stop.CancelAsync();
        foreach (Task<bool> read in reads)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        }

        await later.DisposeAsync();
        foreach (IAsyncEnumerator<OkxPush<OrderUpdate>> subscription in held)
        {
            await subscription.DisposeAsync();
        }

        List<RecordedWebSocketMessage> secondHour = Counted(fixture).Where(message => message.ReceivedAt >= Start.AddHours(1)).ToList();
        Assert.Equal(480, secondHour.Count);
        Assert.Equal(479, secondHour.Count(message => message.Op == "unsubscribe"));
        Assert.All(Counted(fixture), message => Assert.Equal(("0", connection), (message.Code, message.ConnectionId)));
        Assert.DoesNotContain(secondHour, message => message.Op == "unsubscribe" && message.Text.Contains("COIN480-USDT", StringComparison.Ordinal));
    }

    private static OrdersChannel Orders(int i) => new("SPOT") { InstId = $"COIN{i}-USDT" };

    private static List<RecordedWebSocketMessage> Counted(WebSocketFixture fixture) =>
        fixture.Server.WebSocketMessages.Where(message => message.Op is "login" or "subscribe" or "unsubscribe").ToList();
}
