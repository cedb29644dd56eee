using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.RateLimiting.Tests.TestSupport;
using OkxGen.Testing;

namespace OkxGen.RateLimiting.Tests;

/// <summary>
/// The client against the verifying server, both on one fake clock, the server counting each request against the
/// declared limit on its own: what the client lets through is measured where OKX would measure it.
/// </summary>
public sealed class RateLimitEnforcementTests
{
    [Fact]
    public async Task Wait_BurstOf200_StaysUnderTheLimitAtTheServer()
    {
        var clock = new SteppingTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        okx.Server.EnforceRateLimit(GetTickerRequest.Endpoint);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Wait);

        for (int i = 0; i < 200; i++)
        {
            OkxResponse<System.Text.Json.JsonElement> response = await client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" });
            Assert.True(response.IsSuccess, response.ToString());
        }

        OkxRateLimitUsage usage = Assert.Single(okx.Server.RateLimitUsage);
        Assert.Equal((200, 0, 20), (usage.Accepted, usage.Rejected, usage.PeakInWindow));
        Assert.Null(usage.ApiKey);

        // 200 requests at 20 per 2 s cannot all fall in fewer than ten windows: the client waited at least 9 x 2 s.
        Assert.True(clock.GetUtcNow() - RateLimitedServer.Start >= TimeSpan.FromSeconds(18), $"{clock.GetUtcNow() - RateLimitedServer.Start}");
    }

    [Fact]
    public async Task Fail_PastTheLimit_ThrowsWithoutSending()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Fail);
        for (int i = 0; i < 10; i++)
        {
            await client.GetBalanceAsync(new GetBalanceRequest());
        }

        clock.Advance(TimeSpan.FromSeconds(1.5));
        OkxRateLimitExceededException refused = await Assert.ThrowsAsync<OkxRateLimitExceededException>(() => client.GetBalanceAsync(new GetBalanceRequest()));

        Assert.Equal(10, okx.Server.Requests.Count);
        Assert.Same(GetBalanceRequest.Endpoint, refused.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(0.5), refused.RetryAfter);

        clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.True((await client.GetBalanceAsync(new GetBalanceRequest())).IsSuccess);
        Assert.Equal(11, okx.Server.Requests.Count);
    }

    [Fact]
    public async Task Wait_HonoursCancellation_AndSendsNothing()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Wait);
        for (int i = 0; i < 10; i++)
        {
            await client.GetBalanceAsync(new GetBalanceRequest());
        }

        using var cancellation = new CancellationTokenSource();
        Task<OkxResponse<System.Text.Json.JsonElement>> waiting = client.GetBalanceAsync(new GetBalanceRequest(), cancellation.Token);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(1, client.RateLimiter.GetStatistics(new OkxRateLimitResource(new GetBalanceRequest(), RateLimitedServer.ApiKey))!.CurrentQueuedCount);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(10, okx.Server.Requests.Count);
    }

    [Fact]
    public async Task Wait_SendsOnceTheWindowHasPassed()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        okx.Server.EnforceRateLimit(GetBalanceRequest.Endpoint);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Wait);
        for (int i = 0; i < 10; i++)
        {
            await client.GetBalanceAsync(new GetBalanceRequest());
        }

        Task<OkxResponse<System.Text.Json.JsonElement>> waiting = client.GetBalanceAsync(new GetBalanceRequest());
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True((await waiting).IsSuccess);
        Assert.Equal((11, 0), (okx.Server.RateLimitUsage.Single().Accepted, okx.Server.RateLimitUsage.Single().Rejected));
    }

    [Fact]
    public async Task UserAndInstrument_TwoInstruments_HaveSeparateBudgets()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        okx.Server.EnforceRateLimit(GetOrderRequest.Endpoint);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Fail);

        for (int i = 0; i < 60; i++)
        {
            await client.GetOrderAsync(new GetOrderRequest { InstId = "BTC-USDT" });
            await client.GetOrderAsync(new GetOrderRequest { InstId = "ETH-USDT" });
        }

        await Assert.ThrowsAsync<OkxRateLimitExceededException>(() => client.GetOrderAsync(new GetOrderRequest { InstId = "BTC-USDT" }));
        await Assert.ThrowsAsync<OkxRateLimitExceededException>(() => client.GetOrderAsync(new GetOrderRequest { InstId = "ETH-USDT" }));
        Assert.True((await client.GetOrderAsync(new GetOrderRequest { InstId = "SOL-USDT" })).Code is not "50011");

        var usage = okx.Server.RateLimitUsage.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => (u.ApiKey, u.Key, u.Accepted, u.Rejected)).ToArray();
        Assert.Equal(
            [(RateLimitedServer.ApiKey, "BTC-USDT", 60, 0), (RateLimitedServer.ApiKey, "ETH-USDT", 60, 0), (RateLimitedServer.ApiKey, "SOL-USDT", 1, 0)],
            usage);
    }

    [Fact]
    public async Task Off_UserAndCurrency_TheServerCountsPerCurrencyOfTheBody()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        okx.Server.EnforceRateLimit(TransferRequest.Endpoint);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Off);

        string[] codes = new string[5];
        for (int i = 0; i < 3; i++)
        {
            codes[i] = (await client.TransferAsync(new TransferRequest { Ccy = "USDT", Amt = 1m })).Code;
        }

        codes[3] = (await client.TransferAsync(new TransferRequest { Ccy = "BTC", Amt = 1m })).Code;
        clock.Advance(TimeSpan.FromSeconds(1));
        codes[4] = (await client.TransferAsync(new TransferRequest { Ccy = "USDT", Amt = 1m })).Code;

        Assert.Equal("50011", codes[2]);
        Assert.DoesNotContain("50011", codes.Where((_, i) => i != 2));
        var usage = okx.Server.RateLimitUsage.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => (u.ApiKey, u.Key, u.Accepted, u.Rejected)).ToArray();
        Assert.Equal([(RateLimitedServer.ApiKey, "BTC", 1, 0), (RateLimitedServer.ApiKey, "USDT", 3, 1)], usage);
    }

    [Fact]
    public async Task User_TwoApiKeys_HaveSeparateBudgets_OneKeyShares()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        var limiter = new OkxRateLimiter(clock);
        OkxClient first = okx.CreateClient(OkxRateLimitMode.Fail, RateLimitedServer.ApiKey, limiter);
        OkxClient sameKey = okx.CreateClient(OkxRateLimitMode.Fail, RateLimitedServer.ApiKey, limiter);
        OkxClient otherKey = okx.CreateClient(OkxRateLimitMode.Fail, RateLimitedServer.OtherApiKey, limiter);

        for (int i = 0; i < 5; i++)
        {
            await first.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC" });
            await sameKey.GetBalanceAsync(new GetBalanceRequest { Ccy = "ETH" });
        }

        await Assert.ThrowsAsync<OkxRateLimitExceededException>(() => first.GetBalanceAsync(new GetBalanceRequest()));
        Assert.True((await otherKey.GetBalanceAsync(new GetBalanceRequest())).IsSuccess);
        Assert.Same(limiter, first.RateLimiter);
    }

    [Fact]
    public async Task Off_SendsEverything_AndTheServerAnswers50011()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        okx.Server.EnforceRateLimit(GetTickerRequest.Endpoint);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Off);

        var responses = new OkxResponse<System.Text.Json.JsonElement>[25];
        for (int i = 0; i < responses.Length; i++)
        {
            responses[i] = await client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" });
        }

        Assert.All(responses[..20], r => Assert.True(r.IsSuccess));
        Assert.All(responses[20..], r => Assert.Equal(("50011", System.Net.HttpStatusCode.TooManyRequests, true), (r.Code, r.StatusCode, r.IsRateLimited)));
        OkxRateLimitUsage usage = Assert.Single(okx.Server.RateLimitUsage);
        Assert.Equal((20, 5, 20), (usage.Accepted, usage.Rejected, usage.PeakInWindow));
    }

    [Fact]
    public async Task EndpointWithoutLimit_IsNeverHeld()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(clock);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Fail);

        for (int i = 0; i < 100; i++)
        {
            await client.GetAccountConfigAsync(new GetAccountConfigRequest());
        }

        Assert.Equal(100, okx.Server.Requests.Count);
        Assert.Null(client.RateLimiter.GetStatistics(new OkxRateLimitResource(new GetAccountConfigRequest(), RateLimitedServer.ApiKey)));
    }
}
