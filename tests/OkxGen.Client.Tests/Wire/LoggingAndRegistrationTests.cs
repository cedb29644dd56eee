using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;

namespace OkxGen.Client.Tests.Wire;

public sealed class LoggingAndRegistrationTests
{
    private const string Ok = """{"code":"0","msg":"","data":[]}""";

    [Fact]
    public async Task Logger_RecordsMethodPathAndCode_NeverTheSecretPassphraseOrSignature()
    {
        var handler = new StubHandler("""{"msg":"Invalid Sign","code":"50113"}""", System.Net.HttpStatusCode.Unauthorized);
        var logger = new CapturingLogger();
        OkxClient client = ClientFactory.Create(handler, options => options.Logger = logger);

        await client.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC" }, CancellationToken.None);

        string log = Assert.Single(logger.Messages);
        Assert.Contains("GET /api/v5/account/balance", log, StringComparison.Ordinal);
        Assert.Contains("50113", log, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientFactory.SecretKey, log, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientFactory.Passphrase, log, StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests[0].Headers["OK-ACCESS-SIGN"], log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOkxClient_RegistersATypedClientWithTheConfiguredOptions()
    {
        var handler = new StubHandler(Ok);
        var logger = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logger).SetMinimumLevel(LogLevel.Debug));
        services
            .AddOkxClient(options =>
            {
                options.BaseAddress = new Uri("https://okx.test");
                options.Credentials = new OkxCredentials(ClientFactory.ApiKey, ClientFactory.SecretKey, ClientFactory.Passphrase);
                options.Simulated = true;
                options.TimeProvider = new FixedTimeProvider(ClientFactory.Now);
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OkxClient client = provider.GetRequiredService<OkxClient>();
        await client.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,ETH" }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("/api/v5/account/balance?ccy=BTC,ETH", sent.PathAndQuery);
        Assert.Equal("1", sent.Headers["x-simulated-trading"]);
        Assert.Equal("oah2EOT2Fnz1bjkgiAnuKl+zFQzDG3/nqPUqyYzArrE=", sent.Headers["OK-ACCESS-SIGN"]);
        Assert.Contains(logger.Messages, message => message.Contains("/api/v5/account/balance", StringComparison.Ordinal) && message.Contains("code 0", StringComparison.Ordinal));
    }

    [Fact]
    public void AddOkxClient_RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddOkxClient((Action<OkxClientOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => OkxClientServiceCollectionExtensions.AddOkxClient(null!, _ => { }));
    }
}
