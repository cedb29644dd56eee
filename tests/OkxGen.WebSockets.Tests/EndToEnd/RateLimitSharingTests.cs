using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.Testing;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

/// <summary>
/// OKX counts a WebSocket <c>order</c> against the limit of <c>POST /api/v5/trade/order</c>: a REST client and a socket
/// of one account share one <see cref="OkxRateLimiter"/>, and the server, counting both on its own, sees the limit kept.
/// Client and server run on one fake clock, moved only when a request waits for a permit.
/// </summary>
public sealed class RateLimitSharingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Wait_MixedRestAndWebSocketBurst_StaysUnderTheSharedLimitAtTheServer()
    {
        var clock = new FakeTimeProvider(Start);
        var limiter = new OkxRateLimiter(clock);
        await using WebSocketFixture fixture = await StartAsync(clock, limiter, OkxRateLimitMode.Wait);
        using var http = new HttpClient();
        OkxClient rest = RestClient(http, fixture, clock, limiter, OkxRateLimitMode.Wait);

        for (int i = 0; i < 150; i++)
        {
            PlaceLimitedOrderRequest order = Order(i);
            Task<OkxResponse<OrderAck>> placed = i % 2 == 0 ? rest.PlaceLimitedOrderAsync(order) : fixture.Client.PlaceLimitedOrderAsync(order);
            OkxResponse<OrderAck> response = await AdvanceWhileWaitingForAPermitAsync(placed, limiter, order, clock);
            Assert.True(response.IsSuccess, response.ToString());
        }

        OkxRateLimitUsage usage = Assert.Single(fixture.Server.RateLimitUsage);
        Assert.Equal(("/api/v5/trade/order", WebSocketFixture.Key, "BTC-USDT"), (usage.Path, usage.ApiKey, usage.Key));
        Assert.Equal((150, 0, 60), (usage.Accepted, usage.Rejected, usage.PeakInWindow));
        Assert.Equal(75, fixture.Messages("order").Count);
        Assert.Equal(75, fixture.Server.Requests.Count(request => request.Path == "/api/v5/trade/order"));
        Assert.True(clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(4), $"{clock.GetUtcNow() - Start}");
    }

    [Fact]
    public async Task Fail_PastTheSharedLimit_ThrowsOnBothWithoutSending()
    {
        var clock = new FakeTimeProvider(Start);
        var limiter = new OkxRateLimiter(clock);
        await using WebSocketFixture fixture = await StartAsync(clock, limiter, OkxRateLimitMode.Fail);
        using var http = new HttpClient();
        OkxClient rest = RestClient(http, fixture, clock, limiter, OkxRateLimitMode.Fail);
        for (int i = 0; i < 30; i++)
        {
            Assert.True((await rest.PlaceLimitedOrderAsync(Order(2 * i))).IsSuccess);
            Assert.True((await fixture.Client.PlaceLimitedOrderAsync(Order((2 * i) + 1))).IsSuccess);
        }

        OkxRateLimitExceededException refused = await Assert.ThrowsAsync<OkxRateLimitExceededException>(() => fixture.Client.PlaceLimitedOrderAsync(Order(60)));
        await Assert.ThrowsAsync<OkxRateLimitExceededException>(() => rest.PlaceLimitedOrderAsync(Order(61)));

        Assert.Same(PlaceLimitedOrderRequest.Endpoint, refused.Endpoint);
        Assert.Same(limiter, fixture.Client.RateLimiter);
        Assert.Equal(30, fixture.Messages("order").Count);
        OkxRateLimitUsage usage = Assert.Single(fixture.Server.RateLimitUsage);
        Assert.Equal((60, 0), (usage.Accepted, usage.Rejected));

        // Another instrument has a budget of its own (User ID + Instrument ID).
        Assert.True((await fixture.Client.PlaceLimitedOrderAsync(Order(62) with { InstId = "ETH-USDT" })).IsSuccess);
    }

    [Fact]
    public async Task Off_SendsPastTheLimit_AndTheServerAnswers50011OverTheSocket()
    {
        var clock = new FakeTimeProvider(Start);
        await using WebSocketFixture fixture = await StartAsync(clock, limiter: null, OkxRateLimitMode.Off);

        OkxResponse<OrderAck>[] responses = new OkxResponse<OrderAck>[61];
        for (int i = 0; i < responses.Length; i++)
        {
            responses[i] = await fixture.Client.PlaceLimitedOrderAsync(Order(i));
        }

        Assert.All(responses[..60], response => Assert.True(response.IsSuccess));
        Assert.Equal(("50011", true), (responses[60].Code, responses[60].IsRateLimited));
        OkxRateLimitUsage usage = Assert.Single(fixture.Server.RateLimitUsage);
        Assert.Equal((60, 1), (usage.Accepted, usage.Rejected));
    }

    private static async Task<WebSocketFixture> StartAsync(FakeTimeProvider clock, OkxRateLimiter? limiter, OkxRateLimitMode mode)
    {
        WebSocketFixture fixture = await WebSocketFixture.StartAsync(
            options =>
            {
                options.RateLimiter = limiter;
                options.RateLimiting = mode;
            },
            serverOptions: new OkxTestServerOptions { TimeProvider = clock, WebSocketIdleTimeout = Timeout.InfiniteTimeSpan });
        fixture.Server.EnforceRateLimit(PlaceLimitedOrderRequest.Endpoint);
        return fixture;
    }

    private static OkxClient RestClient(HttpClient http, WebSocketFixture fixture, TimeProvider clock, OkxRateLimiter limiter, OkxRateLimitMode mode) =>
        new(http, new OkxClientOptions
        {
            BaseAddress = fixture.Server.BaseAddress,
            Credentials = new OkxCredentials(WebSocketFixture.Key, WebSocketFixture.Secret, WebSocketFixture.Passphrase),
            TimeProvider = clock,
            RateLimiting = mode,
            RateLimiter = limiter,
        });

    // The only fake time that passes is the time a request waits for a permit: no request is ever in flight then.
    private static async Task<T> AdvanceWhileWaitingForAPermitAsync<T>(Task<T> request, OkxRateLimiter limiter, PlaceLimitedOrderRequest order, FakeTimeProvider clock)
    {
        using var patience = new CancellationTokenSource(WebSocketFixture.Patience);
        var resource = new OkxRateLimitResource(order, WebSocketFixture.Key);
        while (!request.IsCompleted)
        {
            patience.Token.ThrowIfCancellationRequested();
            if (limiter.GetStatistics(resource)?.CurrentQueuedCount > 0)
            {
                clock.Advance(TimeSpan.FromSeconds(2));
            }

            await Task.Delay(1);
        }

        return await request;
    }

    private static PlaceLimitedOrderRequest Order(int i) => new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.Cash,
        Side = OrderSide.Buy,
        OrdType = OrderType.Limit,
        Sz = 0.01m,
        Px = 30000m,
        ClOrdId = FormattableString.Invariant($"o{i}"),
    };
}
