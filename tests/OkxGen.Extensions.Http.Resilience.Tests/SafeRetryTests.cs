using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OkxGen.Testing;

namespace OkxGen.Extensions.Http.Resilience.Tests;

/// <summary><c>AddOkxResilience()</c> alone: what it retries, what it leaves to the caller, and its window.</summary>
public sealed class SafeRetryTests
{
    private const string BalancePath = "/api/v5/account/balance";
    private const string OrderPath = "/api/v5/trade/order";

    [Fact]
    public async Task Get_AfterTwo503s_IsRetriedAndAnswered()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.ServiceUnavailable(BalancePath), times: 2);
        await using ServiceProvider provider = Provider(fixture);

        OkxResponse<JsonElement> response = await Client(provider).SendAsync(new GetBalanceRequest(), CancellationToken.None);

        Assert.True(response.IsSuccess, response.ToString());
        Assert.Equal(3, fixture.Count(BalancePath));
    }

    [Fact]
    public async Task Get_After429AndA200RateLimitRefusal_IsRetried()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.RateLimited(BalancePath));
        fixture.Server.InjectFault(OkxFault.Status(200, """{"msg":"Rate limit reached. Please refer to API documentation and throttle requests accordingly.","code":"50011","data":[]}""", BalancePath));
        await using ServiceProvider provider = Provider(fixture);

        OkxResponse<JsonElement> response = await Client(provider).SendAsync(new GetBalanceRequest(), CancellationToken.None);

        Assert.True(response.IsSuccess, response.ToString());
        Assert.Equal(3, fixture.Count(BalancePath));
    }

    [Fact]
    public async Task Get_A200WithAnotherCode_IsNotRetried_AndTheCallerReadsIt()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.Status(200, """{"msg":"Parameter ccy error","code":"51000","data":[]}""", BalancePath));
        await using ServiceProvider provider = Provider(fixture);

        OkxResponse<JsonElement> response = await Client(provider).SendAsync(new GetBalanceRequest(), CancellationToken.None);

        Assert.Equal("51000", response.Code);
        Assert.Equal(1, fixture.Count(BalancePath));
    }

    [Fact]
    public async Task IdempotentPost_AnswerDropped_IsSentAgain()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection("/api/v5/trade/cancel-order"));
        await using ServiceProvider provider = Provider(fixture);

        OkxResponse<JsonElement> response = await Client(provider).SendAsync(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = "1" }, CancellationToken.None);

        Assert.Equal(2, fixture.Count("/api/v5/trade/cancel-order"));
        Assert.NotEmpty(response.Code);
    }

    [Fact]
    public async Task PlaceOrder_On503_IsNotRetried_AndTheAnswerReachesTheCaller()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.ServiceUnavailable(OrderPath));
        await using ServiceProvider provider = Provider(fixture);

        OkxResponse<JsonElement> response = await Client(provider).SendAsync(ServerFixture.Order, CancellationToken.None);

        Assert.Equal("50013", response.Code);
        Assert.Equal(1, fixture.Count(OrderPath));
    }

    [Fact]
    public async Task PlaceOrder_AnswerDropped_IsNotRetried_AndTheNetworkFailureReachesTheCaller()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection(OrderPath));
        await using ServiceProvider provider = Provider(fixture);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Client(provider).SendAsync(ServerFixture.Order, CancellationToken.None));

        Assert.Equal(1, fixture.Count(OrderPath));
        Assert.Single(fixture.Server.Orders);
    }

    [Fact]
    public async Task NoRetryStarts_WhenTheLongestWaitWouldEndPastTheRetryWindow()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.ServiceUnavailable(BalancePath));
        var services = new ServiceCollection();
        services.AddOkxClient(fixture.Configure).AddOkxResilience(options =>
        {
            options.Delay = TimeSpan.FromMilliseconds(1);
            options.MaxDelay = TimeSpan.FromSeconds(1);
            options.RetryWindow = TimeSpan.FromSeconds(1);   // elapsed + MaxDelay reaches the window at once
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        OkxResponse<JsonElement> response = await Client(provider).SendAsync(new GetBalanceRequest(), CancellationToken.None);

        Assert.Equal("50013", response.Code);
        Assert.Equal(1, fixture.Count(BalancePath));
    }

    [Theory]
    [InlineData(0, 1, 10, 1000)]       // no retry
    [InlineData(3, -1, 10, 1000)]      // a negative delay
    [InlineData(3, 20, 10, 1000)]      // the longest wait under the first
    [InlineData(3, 1, 2000, 1000)]     // a wait longer than the window
    [InlineData(3, 1, 10, 31000)]      // a window past OKX's 30 s
    public void OptionsOutOfRange_AreRefusedAtRegistration(int attempts, int delayMs, int maxDelayMs, int windowMs)
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddOkxClient(_ => { });

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddOkxResilience(options =>
        {
            options.MaxRetryAttempts = attempts;
            options.Delay = TimeSpan.FromMilliseconds(delayMs);
            options.MaxDelay = TimeSpan.FromMilliseconds(maxDelayMs);
            options.RetryWindow = TimeSpan.FromMilliseconds(windowMs);
        }));
    }

    private static ServiceProvider Provider(ServerFixture fixture)
    {
        var services = new ServiceCollection();
        services.AddOkxClient(fixture.Configure).AddOkxResilience(options =>
        {
            options.Delay = TimeSpan.FromMilliseconds(1);
            options.MaxDelay = TimeSpan.FromMilliseconds(10);
        });
        return services.BuildServiceProvider();
    }

    private static OkxClient Client(ServiceProvider provider) => provider.GetRequiredService<OkxClient>();
}
