using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.WebSockets.Connection;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.Connection;

/// <summary>
/// OKX's connection limits, kept on the client's clock (a fake one here, moved by hand): 3 connection attempts per
/// second per IP, and 480 subscribe, unsubscribe and login requests per hour per connection.
/// </summary>
public sealed class ConnectionLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ConnectGate_FourthAttemptWithinOneSecond_WaitsUntilTheFirstIsOneSecondOld()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new ConnectGate(clock);
        Assert.True(gate.WaitAsync(default).IsCompletedSuccessfully);
        clock.Advance(TimeSpan.FromMilliseconds(400));
        Assert.True(gate.WaitAsync(default).IsCompletedSuccessfully);
        Assert.True(gate.WaitAsync(default).IsCompletedSuccessfully);

        Task fourth = gate.WaitAsync(default);
        clock.Advance(TimeSpan.FromMilliseconds(599));
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WaitAsync(WebSocketFixture.Patience);

        // The second and third attempts (at 400 ms) still fill the window with the fourth: a fifth waits for them.
        Task fifth = gate.WaitAsync(default);
        clock.Advance(TimeSpan.FromMilliseconds(399));
        Assert.False(fifth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await fifth.WaitAsync(WebSocketFixture.Patience);
    }

    [Fact]
    public async Task ConnectGate_Waiting_HonoursCancellation()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new ConnectGate(clock);
        for (int i = 0; i < ConnectGate.AttemptsPerSecond; i++)
        {
            await gate.WaitAsync(default);
        }

        using var cancellation = new CancellationTokenSource();
        Task waiting = gate.WaitAsync(cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void ConnectGate_IsSharedByEveryConnectionOnOneClock()
    {
        var clock = new FakeTimeProvider(Start);

        Assert.Same(ConnectGate.For(clock), ConnectGate.For(clock));
        Assert.Same(ConnectGate.For(TimeProvider.System), ConnectGate.For(TimeProvider.System));
        Assert.NotSame(ConnectGate.For(clock), ConnectGate.For(new FakeTimeProvider(Start)));
    }

    [Fact]
    public void RequestBudget_481stRequestWithinAnHour_IsRefusedUntilTheOldestIsAnHourOld()
    {
        var clock = new FakeTimeProvider(Start);
        var budget = new RequestBudget(clock);
        for (int i = 0; i < 240; i++)
        {
            budget.Take("subscribe");
        }

        clock.Advance(TimeSpan.FromMinutes(30));
        budget.Take("login");
        for (int i = 1; i < 240; i++)
        {
            budget.Take("unsubscribe");
        }

        OkxWebSocketException refused = Assert.Throws<OkxWebSocketException>(() => budget.Take("subscribe"));
        Assert.Null(refused.Code);
        Assert.Contains("480", refused.Message, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));
        Assert.Throws<OkxWebSocketException>(() => budget.Take("subscribe"));

        // An hour after the first 240: exactly those are free again.
        clock.Advance(TimeSpan.FromTicks(1));
        for (int i = 0; i < 240; i++)
        {
            budget.Take("subscribe");
        }

        Assert.Throws<OkxWebSocketException>(() => budget.Take("subscribe"));
    }
}
