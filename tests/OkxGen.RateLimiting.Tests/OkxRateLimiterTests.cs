using System;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using OkxGen.RateLimiting.Tests.TestSupport;

namespace OkxGen.RateLimiting.Tests;

/// <summary>The limiter alone: OKX's "N requests per M seconds" in any window, read from the given clock.</summary>
public sealed class OkxRateLimiterTests
{
    private static readonly OkxRateLimitResource Ticker = new(new GetTickerRequest { InstId = "BTC-USDT" }, null);

    [Fact]
    public void SlidingWindow_FreesEachPermitOneWindowAfterItWasTaken()
    {
        var clock = new FakeTimeProvider(RateLimitedServer.Start);
        using var limiter = new OkxRateLimiter(clock);
        for (int i = 0; i < 10; i++)
        {
            Assert.True(limiter.AttemptAcquire(Ticker).IsAcquired);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        for (int i = 0; i < 10; i++)
        {
            Assert.True(limiter.AttemptAcquire(Ticker).IsAcquired);
        }

        // 20 in the window: the first ten free at t = 2 s, the next ten at t = 3 s, not before.
        using (RateLimitLease refused = limiter.AttemptAcquire(Ticker))
        {
            Assert.False(refused.IsAcquired);
            Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter));
            Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
        }

        clock.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        Assert.False(limiter.AttemptAcquire(Ticker).IsAcquired);
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(10, limiter.GetStatistics(Ticker)!.CurrentAvailablePermits);
    }

    [Fact]
    public void IpRule_CountsEveryKeyInOneBudget()
    {
        using var limiter = new OkxRateLimiter(new FakeTimeProvider(RateLimitedServer.Start));
        for (int i = 0; i < 20; i++)
        {
            Assert.True(limiter.AttemptAcquire(new OkxRateLimitResource(new GetTickerRequest { InstId = $"I-{i}" }, $"key-{i}")).IsAcquired);
        }

        Assert.False(limiter.AttemptAcquire(Ticker).IsAcquired);
    }

    [Fact]
    public void GeneratedAccessor_ReadsTheMemberTheRuleNames()
    {
        IOkxRequest order = new GetOrderRequest { InstId = "BTC-USDT-SWAP" };
        IOkxRequest balance = new GetBalanceRequest { Ccy = "BTC" };
        IOkxRequest transfer = new TransferRequest { Ccy = "USDT", Amt = 1m };
        IOkxRequest fundingRate = new GetFundingRateRequest { InstId = "BTC-USD-SWAP" };

        Assert.Equal(("BTC-USDT-SWAP", "instId", true), (order.RateLimitKey, order.Endpoint.RateLimit!.KeyParameter, order.Endpoint.RateLimit.CountsPerUser));
        Assert.Equal(("USDT", "ccy", true), (transfer.RateLimitKey, transfer.Endpoint.RateLimit!.KeyParameter, transfer.Endpoint.RateLimit.CountsPerUser));
        Assert.Equal(("BTC-USD-SWAP", "instId", false), (fundingRate.RateLimitKey, fundingRate.Endpoint.RateLimit!.KeyParameter, fundingRate.Endpoint.RateLimit.CountsPerUser));
        Assert.Null(balance.RateLimitKey);
        Assert.Equal((10, TimeSpan.FromSeconds(2), OkxRateLimitRule.User), (balance.Endpoint.RateLimit!.Limit, balance.Endpoint.RateLimit.Window, balance.Endpoint.RateLimit.Rule));
        Assert.Equal(OkxRateLimitRule.Ip, GetTickerRequest.Endpoint.RateLimit!.Rule);
        Assert.Null(GetAccountConfigRequest.Endpoint.RateLimit);
    }

    [Fact]
    public void UserAndCurrency_CountsPerApiKeyAndCurrency()
    {
        using var limiter = new OkxRateLimiter(new FakeTimeProvider(RateLimitedServer.Start));
        OkxRateLimitResource Transfer(string ccy, string apiKey) => new(new TransferRequest { Ccy = ccy, Amt = 1m }, apiKey);

        Assert.True(limiter.AttemptAcquire(Transfer("USDT", "key")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Transfer("USDT", "key")).IsAcquired);

        Assert.False(limiter.AttemptAcquire(Transfer("USDT", "key")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Transfer("BTC", "key")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Transfer("USDT", "other-key")).IsAcquired);
    }

    [Fact]
    public void IpAndInstrument_CountsPerInstrument_ForEveryKeyTogether()
    {
        using var limiter = new OkxRateLimiter(new FakeTimeProvider(RateLimitedServer.Start));
        OkxRateLimitResource FundingRate(string instId, string apiKey) => new(new GetFundingRateRequest { InstId = instId }, apiKey);
        for (int i = 0; i < 10; i++)
        {
            Assert.True(limiter.AttemptAcquire(FundingRate("BTC-USD-SWAP", $"key-{i}")).IsAcquired);
        }

        Assert.False(limiter.AttemptAcquire(FundingRate("BTC-USD-SWAP", "key-new")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(FundingRate("ETH-USD-SWAP", "key-0")).IsAcquired);
    }

    [Theory]
    [InlineData(0, 2, OkxRateLimitRule.User)]
    [InlineData(20, 0, OkxRateLimitRule.User)]
    [InlineData(20, 2, OkxRateLimitRule.Default)]
    [InlineData(20, 2, (OkxRateLimitRule)11)]
    [InlineData(20, 2, (OkxRateLimitRule)(-1))]
    public void RateLimit_RejectsWhatCannotBeEnforced(int limit, int windowSeconds, OkxRateLimitRule rule) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OkxRateLimit(limit, TimeSpan.FromSeconds(windowSeconds), rule));
}
