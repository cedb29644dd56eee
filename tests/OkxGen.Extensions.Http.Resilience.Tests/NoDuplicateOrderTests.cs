using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OkxGen.Testing;

namespace OkxGen.Extensions.Http.Resilience.Tests;

/// <summary>
/// The answer to a place-order POST is lost (the server records the order, then drops the connection): whatever retries
/// above it, the order reaches the server once.
/// </summary>
public sealed class NoDuplicateOrderTests
{
    private const string OrderPath = "/api/v5/trade/order";

    [Fact]
    public async Task StandardHandlerAfterOkxResilience_PlacesTheOrderOnce_AndTheCallerLearnsTheOutcomeIsUnknown()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection(OrderPath));
        var services = new ServiceCollection();
        services.AddOkxClient(fixture.Configure).AddOkxResilience().AddStandardResilienceHandler();   // the defaults, as users write it
        await using ServiceProvider provider = services.BuildServiceProvider();

        OkxRequestNotRepeatedException refused = await Assert.ThrowsAsync<OkxRequestNotRepeatedException>(
            () => provider.GetRequiredService<OkxClient>().SendAsync(ServerFixture.Order, CancellationToken.None));

        Assert.Equal(1, fixture.Count(OrderPath));
        Assert.Single(fixture.Server.Orders);
        Assert.IsAssignableFrom<HttpRequestException>(refused.InnerException);
        Assert.Same(PlaceOrderRequest.Endpoint, refused.Endpoint);
        Assert.Contains("POST /api/v5/trade/order a second time", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandardHandlerOnANamedAccount_PlacesTheOrderOnce()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection(OrderPath));
        var services = new ServiceCollection();
        services.AddOkxClient("sub1", fixture.Configure).AddStandardResilienceHandler(options => options.Retry.Delay = TimeSpan.Zero);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<OkxRequestNotRepeatedException>(
            () => provider.GetRequiredKeyedService<OkxClient>("sub1").SendAsync(ServerFixture.Order, CancellationToken.None));

        Assert.Equal(1, fixture.Count(OrderPath));
        Assert.Single(fixture.Server.Orders);
    }

    [Fact]
    public async Task AHandWrittenRetryHandler_CannotSendTheOrderTwiceEither()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection(OrderPath));
        var services = new ServiceCollection();
        services.AddOkxClient(fixture.Configure).AddHttpMessageHandler(() => new RetryOnceHandler());
        await using ServiceProvider provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<OkxRequestNotRepeatedException>(
            () => provider.GetRequiredService<OkxClient>().SendAsync(ServerFixture.Order, CancellationToken.None));

        Assert.Equal(1, fixture.Count(OrderPath));
        Assert.Single(fixture.Server.Orders);
    }

    // The control: the same fault and the same standard handler, on an HttpClient that AddOkxClient did not register,
    // does place the order twice. It shows that the tests above would see a duplicate.
    [Fact]
    public async Task Control_StandardHandlerOnAPlainHttpClient_PlacesTheOrderTwice()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection(OrderPath));
        var services = new ServiceCollection();
        services.AddHttpClient("plain").AddStandardResilienceHandler(options => options.Retry.Delay = TimeSpan.Zero);
        await using ServiceProvider provider = services.BuildServiceProvider();
        var options = new OkxClientOptions();
        fixture.Configure(options);
        var client = new OkxClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient("plain"), options);

        (await client.SendAsync(ServerFixture.Order, CancellationToken.None)).EnsureSuccess();

        Assert.Equal(2, fixture.Count(OrderPath));
        Assert.Equal(2, fixture.Server.Orders.Count);
    }

    [Fact]
    public async Task TheGuard_LetsGetsAndIdempotentPostsBeRepeated()
    {
        await using ServerFixture fixture = await ServerFixture.StartAsync();
        fixture.Server.InjectFault(OkxFault.DroppedConnection("/api/v5/account/balance"));
        fixture.Server.InjectFault(OkxFault.DroppedConnection("/api/v5/trade/cancel-order"));
        var services = new ServiceCollection();
        services.AddOkxClient(fixture.Configure).AddHttpMessageHandler(() => new RetryOnceHandler());
        await using ServiceProvider provider = services.BuildServiceProvider();
        OkxClient client = provider.GetRequiredService<OkxClient>();

        (await client.SendAsync(new GetBalanceRequest { Ccy = "BTC" }, CancellationToken.None)).EnsureSuccess();
        await client.SendAsync(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = "1" }, CancellationToken.None);

        Assert.Equal(2, fixture.Count("/api/v5/account/balance"));
        Assert.Equal(2, fixture.Count("/api/v5/trade/cancel-order"));
    }

    /// <summary>The retry everyone writes once: send the same message again after a network failure.</summary>
    private sealed class RetryOnceHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                return await base.SendAsync(request, cancellationToken);
            }
        }
    }
}
