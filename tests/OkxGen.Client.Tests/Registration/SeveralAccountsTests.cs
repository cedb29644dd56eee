using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;
using OkxGen.Testing;

namespace OkxGen.Client.Tests.Registration;

/// <summary>Several accounts in one container: named, keyed registrations, each with its own credentials and HTTP client.</summary>
public sealed class SeveralAccountsTests
{
    private const string Ok = """{"code":"0","msg":"","data":[]}""";
    private static readonly OkxTestKey Main = new("main-key-0123456789", "MAINSECRET0123456789ABCDEF012345", "Main-Pass-1");
    private static readonly OkxTestKey Sub1 = new("sub1-key-0123456789", "SUB1SECRET0123456789ABCDEF012345", "Sub1-Pass-1");

    [Fact]
    public async Task TwoAccounts_OnOneServer_EachRequestIsAcceptedUnderItsOwnKey()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync(cancellationToken: CancellationToken.None);
        server.AddKey(Main);
        server.AddKey(Sub1);
        var services = new ServiceCollection();
        services.AddOkxClient("main", options => Configure(options, server, Main));
        services.AddOkxClient("sub1", options => Configure(options, server, Sub1));
        services.AddTransient<TwoAccountTrader>();
        await using ServiceProvider provider = services.BuildServiceProvider();

        TwoAccountTrader trader = provider.GetRequiredService<TwoAccountTrader>();
        IOkxClientFactory factory = provider.GetRequiredService<IOkxClientFactory>();
        foreach (OkxClient client in new[] { trader.Main, trader.Sub1, factory.Get("main"), factory.Get("sub1") })
        {
            (await client.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC" }, CancellationToken.None)).EnsureSuccess();
        }

        IReadOnlyList<RecordedRequest> requests = server.Requests;
        Assert.Equal(4, requests.Count);
        Assert.All(requests, request => Assert.True(request.IsAccepted, request.VerificationMessage));
        Assert.Equal(
            new[] { Main.ApiKey, Sub1.ApiKey, Main.ApiKey, Sub1.ApiKey },
            requests.Select(request => request.GetHeader("OK-ACCESS-KEY")));
        Assert.Equal(
            new[] { Main.Passphrase, Sub1.Passphrase, Main.Passphrase, Sub1.Passphrase },
            requests.Select(request => request.GetHeader("OK-ACCESS-PASSPHRASE")));
    }

    [Fact]
    public async Task SubAccountSigningWithTheMainSecret_IsRejected_SoTheServerReallyTellsTheKeysApart()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync(cancellationToken: CancellationToken.None);
        server.AddKey(Main);
        server.AddKey(Sub1);
        var services = new ServiceCollection();
        services.AddOkxClient("mixed", options => Configure(options, server, new OkxTestKey(Sub1.ApiKey, Main.SecretKey, Sub1.Passphrase)));
        await using ServiceProvider provider = services.BuildServiceProvider();

        OkxResponse<AccountBalance> response = await provider.GetRequiredKeyedService<OkxClient>("mixed")
            .GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC" }, CancellationToken.None);

        Assert.Equal(OkxErrorCodes.InvalidSign, response.Code);
        Assert.False(Assert.Single(server.Requests).IsAccepted);
    }

    [Fact]
    public async Task EachAccount_HasItsOwnNamedHttpClient_AndTheUnnamedClientKeepsWorking()
    {
        var mainHandler = new StubHandler(Ok);
        var sub1Handler = new StubHandler(Ok);
        var unnamedHandler = new StubHandler(Ok);
        var services = new ServiceCollection();
        services.AddOkxClient("main", options => Configure(options, new Uri("https://main.test"), Main)).ConfigurePrimaryHttpMessageHandler(() => mainHandler);
        services.AddOkxClient("sub1", options => Configure(options, new Uri("https://sub1.test"), Sub1)).ConfigurePrimaryHttpMessageHandler(() => sub1Handler);
        services.AddOkxClient(options => Configure(options, new Uri("https://unnamed.test"), Main)).ConfigurePrimaryHttpMessageHandler(() => unnamedHandler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<OkxClient>("sub1").GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);
        await provider.GetRequiredKeyedService<OkxClient>("sub1").GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);
        await provider.GetRequiredKeyedService<OkxClient>("main").GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);
        await provider.GetRequiredService<OkxClient>().GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);

        Assert.Equal(2, sub1Handler.Requests.Count);
        Assert.All(sub1Handler.Requests, request => Assert.Equal(Sub1.ApiKey, request.Headers["OK-ACCESS-KEY"]));
        Assert.Equal(Main.ApiKey, Assert.Single(mainHandler.Requests).Headers["OK-ACCESS-KEY"]);
        Assert.Equal(Main.ApiKey, Assert.Single(unnamedHandler.Requests).Headers["OK-ACCESS-KEY"]);
    }

    [Fact]
    public async Task Factory_RefusesAnUnknownName_NamingIt()
    {
        var services = new ServiceCollection();
        services.AddOkxClient("main", options => Configure(options, new Uri("https://main.test"), Main));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOkxClientFactory factory = provider.GetRequiredService<IOkxClientFactory>();

        InvalidOperationException unknown = Assert.Throws<InvalidOperationException>(() => factory.Get("sub2"));
        Assert.Contains("'sub2'", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => factory.Get(""));
    }

    [Fact]
    public void NamedAddOkxClient_RejectsNullAndEmptyArguments()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddOkxClient("", _ => { }));
        Assert.Throws<ArgumentNullException>(() => services.AddOkxClient((string)null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => services.AddOkxClient("main", (Action<OkxClientOptions>)null!));
    }

    private static void Configure(OkxClientOptions options, OkxTestServer server, OkxTestKey key)
    {
        Configure(options, server.BaseAddress, key);
        options.TimeProvider = new FixedTimeProvider(server.Now);
    }

    private static void Configure(OkxClientOptions options, Uri baseAddress, OkxTestKey key)
    {
        options.BaseAddress = baseAddress;
        options.Credentials = new OkxCredentials(key.ApiKey, key.SecretKey, key.Passphrase);
        options.Simulated = true;
    }

    /// <summary>A consumer that takes both accounts by key, as an application's service would.</summary>
    private sealed class TwoAccountTrader([FromKeyedServices("main")] OkxClient main, [FromKeyedServices("sub1")] OkxClient sub1)
    {
        public OkxClient Main { get; } = main;

        public OkxClient Sub1 { get; } = sub1;
    }
}
