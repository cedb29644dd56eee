using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Testing;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets;

namespace OkxGen.Client.Tests.Registration;

/// <summary><c>AddOkxWebSocketClient</c>: one socket client per account, sharing the account's options, disposed with the container.</summary>
public sealed class WebSocketClientRegistrationTests
{
    private static readonly OkxTestKey Main = new("main-ws-key-0123456", "MAINWSSECRET0123456789ABCDEF0123", "Main-Ws-Pass-1");
    private static readonly OkxTestKey Sub1 = new("sub1-ws-key-0123456", "SUB1WSSECRET0123456789ABCDEF0123", "Sub1-Ws-Pass-1");

    [Fact]
    public async Task TwoAccounts_EachSocketLogsInWithItsAccountsKey()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync(cancellationToken: CancellationToken.None);
        server.AddKey(Main);
        server.AddKey(Sub1);
        var services = new ServiceCollection();
        foreach ((string name, OkxTestKey key) in new[] { ("main", Main), ("sub1", Sub1) })
        {
            services.AddOkxClient(name, options => Account(options, key, server.BaseAddress));
            services.AddOkxWebSocketClient(name, options => options.BaseAddress = server.DemoWebSocketBaseAddress);
        }

        await using ServiceProvider provider = services.BuildServiceProvider();
        OkxWebSocketClient main = provider.GetRequiredKeyedService<OkxWebSocketClient>("main");
        OkxWebSocketClient sub1 = provider.GetRequiredKeyedService<OkxWebSocketClient>("sub1");
        Assert.Same(main, provider.GetRequiredKeyedService<OkxWebSocketClient>("main"));
        Assert.NotSame(main, sub1);

        await using IAsyncEnumerator<OkxPush<OrderUpdate>> mainOrders = main.SubscribeAsync(new OrdersChannel("ANY")).GetAsyncEnumerator();
        await using IAsyncEnumerator<OkxPush<OrderUpdate>> sub1Orders = sub1.SubscribeAsync(new OrdersChannel("ANY")).GetAsyncEnumerator();
        Task<bool> mainPush = mainOrders.MoveNextAsync().AsTask();
        Task<bool> sub1Push = sub1Orders.MoveNextAsync().AsTask();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await server.PushAsync("""{"channel":"orders"}""", """[{"ordId":"1","state":"live"}]""", cancellationToken: patience.Token) < 2)
        {
            await Task.Delay(10, patience.Token);
        }

        Assert.True(await mainPush.WaitAsync(patience.Token));
        Assert.True(await sub1Push.WaitAsync(patience.Token));
        List<RecordedWebSocketMessage> logins = server.WebSocketMessages.Where(message => message.Op == "login").ToList();
        Assert.Equal(2, logins.Count);
        Assert.All(logins, login => Assert.Equal("0", login.Code));
        Assert.All(logins, login => Assert.True(login.IsDemo));
        Assert.Single(logins, login => login.Text.Contains(Main.ApiKey, StringComparison.Ordinal));
        Assert.Single(logins, login => login.Text.Contains(Sub1.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSocketClient_IsDisposedWithTheContainer()
    {
        var services = new ServiceCollection();
        services.AddOkxClient("main", options => Account(options, Main, new Uri("https://main.test")));
        services.AddOkxWebSocketClient("main");
        ServiceProvider provider = services.BuildServiceProvider();
        OkxWebSocketClient client = provider.GetRequiredKeyedService<OkxWebSocketClient>("main");

        await provider.DisposeAsync();

        await using IAsyncEnumerator<OkxPush<OrderUpdate>> orders = client.SubscribeAsync(new OrdersChannel("ANY")).GetAsyncEnumerator();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await orders.MoveNextAsync());
    }

    [Fact]
    public async Task TheSocket_SharesTheAccountsCredentialsClockAndExpiry_AndItsSitesDemoHost()
    {
        var clock = new TestSupport.FixedTimeProvider(TestSupport.ClientFactory.Now);
        var services = new ServiceCollection();
        services.AddOkxClient("sub1", options =>
        {
            Account(options, Sub1, new Uri("https://sub1.test"));
            options.Environment = OkxEnvironment.Eea;
            options.RequestExpiry = TimeSpan.FromSeconds(5);
            options.TimeProvider = clock;
        });
        services.AddOkxWebSocketClient("sub1");
        services.AddOkxClient("main", options => options.Credentials = new OkxCredentials(Main.ApiKey, Main.SecretKey, Main.Passphrase));
        services.AddOkxWebSocketClient("main");
        await using ServiceProvider provider = services.BuildServiceProvider();

        IOptionsMonitor<OkxWebSocketOptions> sockets = provider.GetRequiredService<IOptionsMonitor<OkxWebSocketOptions>>();
        OkxWebSocketOptions sub1 = sockets.Get("sub1");
        Assert.Same(provider.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get("sub1").Credentials, sub1.Credentials);
        Assert.True(sub1.Simulated);
        Assert.Equal(TimeSpan.FromSeconds(5), sub1.RequestExpiry);
        Assert.Same(clock, sub1.TimeProvider);
        Assert.NotNull(sub1.Logger);
        Assert.Equal(
            new Uri("wss://wseeapap.okx.com:8443/ws/v5/private"),
            provider.GetRequiredKeyedService<OkxWebSocketClient>("sub1").AddressOf(OkxWebSocketEndpoint.Private));
        Assert.Equal(
            new Uri("wss://ws.okx.com:8443/ws/v5/public"),
            provider.GetRequiredKeyedService<OkxWebSocketClient>("main").AddressOf(OkxWebSocketEndpoint.Public));
    }

    [Fact]
    public async Task Configuration_WebSocketAddressReplacesTheSitesHost_AndTheUnnamedClientSharesTheUnnamedAccount()
    {
        IConfigurationSection section = Configuration(new() { ["Okx:WebSocketAddress"] = "ws://127.0.0.1:8080/okx/" }).GetSection("Okx");
        var services = new ServiceCollection();
        services.AddOkxClient(options => Account(options, Main, new Uri("https://main.test")));
        services.AddOkxWebSocketClient(section);
        await using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        OkxWebSocketClient client = provider.GetRequiredService<OkxWebSocketClient>();
        Assert.Equal(new Uri("ws://127.0.0.1:8080/okx/ws/v5/business"), client.AddressOf(OkxWebSocketEndpoint.Business));
        Assert.Equal(Main.ApiKey, provider.GetRequiredService<IOptionsMonitor<OkxWebSocketOptions>>().CurrentValue.Credentials!.ApiKey);
    }

    [Fact]
    public async Task Configuration_AMalformedWebSocketAddress_StopsTheStart_NamingTheKeyNotTheValue()
    {
        const string Malformed = "ftp://secret-looking-host.example/";
        var services = new ServiceCollection();
        services.AddOkxWebSocketClient("sub1", Configuration(new() { ["Okx:Sub1:WebSocketAddress"] = Malformed }).GetSection("Okx:Sub1"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        OptionsValidationException failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Okx:Sub1:WebSocketAddress", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-host", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOkxWebSocketClient_RejectsNullAndEmptyArguments()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddOkxWebSocketClient(""));
        Assert.Throws<ArgumentNullException>(() => services.AddOkxWebSocketClient((string)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddOkxWebSocketClient("main", (Action<OkxWebSocketOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddOkxWebSocketClient((IConfiguration)null!));
    }

    private static void Account(OkxClientOptions options, OkxTestKey key, Uri baseAddress)
    {
        options.BaseAddress = baseAddress;
        options.Credentials = new OkxCredentials(key.ApiKey, key.SecretKey, key.Passphrase);
        options.Simulated = true;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
