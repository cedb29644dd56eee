using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;

namespace OkxGen.Client.Tests.Registration;

/// <summary><c>AddOkxClient(name, configuration.GetSection(...))</c>: the keys it reads and the start-up validation of them.</summary>
public sealed class ConfigurationTests
{
    private const string Ok = """{"code":"0","msg":"","data":[]}""";

    private static Dictionary<string, string?> Complete() => new()
    {
        ["Okx:Sub1:ApiKey"] = ClientFactory.ApiKey,
        ["Okx:Sub1:SecretKey"] = ClientFactory.SecretKey,
        ["Okx:Sub1:Passphrase"] = ClientFactory.Passphrase,
        ["Okx:Sub1:Simulated"] = "true",
        ["Okx:Sub1:BaseAddress"] = "https://sub1.okx.test/",
        ["Okx:Sub1:RequestExpiry"] = "00:00:05",
    };

    [Fact]
    public void EveryKey_IsBoundIntoTheNamedOptions()
    {
        using ServiceProvider provider = Provider(Complete());

        provider.GetRequiredService<IStartupValidator>().Validate();
        OkxClientOptions options = provider.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get("sub1");
        Assert.Equal(ClientFactory.ApiKey, options.Credentials!.ApiKey);
        Assert.Equal(ClientFactory.Passphrase, options.Credentials.Passphrase);
        Assert.True(options.Simulated);
        Assert.Equal(new Uri("https://sub1.okx.test/"), options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestExpiry);

        // The secret is not readable: it signs as the configured secret does (HMAC computed independently).
        Assert.Equal(
            ClientFactory.ExpectedSignature("2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance", ""),
            options.Credentials.Sign("2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance", ""));
        Assert.Equal(new OkxClientOptions().BaseAddress, provider.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get("other").BaseAddress);
    }

    [Fact]
    public async Task AClientFromConfiguration_SignsWithTheConfiguredAccount()
    {
        var handler = new StubHandler(Ok);
        var services = new ServiceCollection();
        services.AddOkxClient("sub1", Configuration(Complete()).GetSection("Okx:Sub1")).ConfigurePrimaryHttpMessageHandler(() => handler);
        services.Configure<OkxClientOptions>("sub1", options => options.TimeProvider = new FixedTimeProvider(ClientFactory.Now));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IOkxClientFactory>().Get("sub1").GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,ETH" }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("/api/v5/account/balance?ccy=BTC,ETH", sent.PathAndQuery);
        Assert.Equal("1", sent.Headers["x-simulated-trading"]);
        Assert.Equal(ClientFactory.ApiKey, sent.Headers["OK-ACCESS-KEY"]);
        Assert.Equal(
            ClientFactory.ExpectedSignature("2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance?ccy=BTC,ETH", ""),
            sent.Headers["OK-ACCESS-SIGN"]);
    }

    [Fact]
    public void TheUnnamedClient_ReadsConfigurationToo()
    {
        var services = new ServiceCollection();
        services.AddOkxClient(Configuration(Complete()).GetSection("Okx:Sub1"));
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(ClientFactory.ApiKey, provider.GetRequiredService<IOptions<OkxClientOptions>>().Value.Credentials!.ApiKey);
        Assert.NotNull(provider.GetRequiredService<OkxClient>());
    }

    [Theory]
    [InlineData("ApiKey")]
    [InlineData("SecretKey")]
    [InlineData("Passphrase")]
    public void AMissingCredential_FailsAtStart_NamingTheKey(string key)
    {
        Dictionary<string, string?> settings = Complete();
        settings.Remove("Okx:Sub1:" + key);
        using ServiceProvider provider = Provider(settings);

        OptionsValidationException failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        string message = Assert.Single(failure.Failures);
        Assert.StartsWith($"Okx:Sub1:{key} is missing", message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<OkxClient>("sub1"));
    }

    [Theory]
    [InlineData("Simulated", "yes", "Okx:Sub1:Simulated is not 'true' or 'false'.")]
    [InlineData("BaseAddress", "ftp://okx.test", "Okx:Sub1:BaseAddress is not an absolute http or https address without a query.")]
    [InlineData("BaseAddress", "www.okx.com", "Okx:Sub1:BaseAddress is not an absolute http or https address without a query.")]
    [InlineData("RequestExpiry", "-00:00:05", "Okx:Sub1:RequestExpiry is not a positive time span such as 00:00:05.")]
    [InlineData("RequestExpiry", "five seconds", "Okx:Sub1:RequestExpiry is not a positive time span such as 00:00:05.")]
    [InlineData("Environment", "Mars", "Okx:Sub1:Environment is not one of OKX's sites: Global, Eea or Us (set BaseAddress for any other host).")]
    [InlineData("Environment", "https://eea.okx.com", "Okx:Sub1:Environment is not one of OKX's sites: Global, Eea or Us (set BaseAddress for any other host).")]
    public void AMalformedValue_FailsAtStart_NamingTheKey(string key, string value, string expected)
    {
        Dictionary<string, string?> settings = Complete();
        settings["Okx:Sub1:" + key] = value;
        using ServiceProvider provider = Provider(settings);

        OptionsValidationException failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(expected, Assert.Single(failure.Failures));
    }

    [Fact]
    public void NoValidationMessage_ContainsTheSecretOrThePassphrase_EvenWhenTheyAreMisplaced()
    {
        // The secret and the passphrase typed into the wrong keys, and a credential missing: every message must still be clean.
        var settings = new Dictionary<string, string?>
        {
            ["Okx:Sub1:SecretKey"] = ClientFactory.SecretKey,
            ["Okx:Sub1:Passphrase"] = ClientFactory.Passphrase,
            ["Okx:Sub1:Simulated"] = ClientFactory.SecretKey,
            ["Okx:Sub1:BaseAddress"] = ClientFactory.Passphrase,
            ["Okx:Sub1:RequestExpiry"] = ClientFactory.SecretKey,
        };
        using ServiceProvider provider = Provider(settings);

        OptionsValidationException failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(4, failure.Failures.Count());
        foreach (string text in failure.Failures.Append(failure.Message).Append(failure.ToString()))
        {
            Assert.DoesNotContain(ClientFactory.SecretKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientFactory.Passphrase, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Eea", "https://eea.okx.com/", "EEA")]
    [InlineData("us", "https://us.okx.com/", "US")]
    [InlineData("GLOBAL", "https://www.okx.com/", "Global")]
    public void Environment_ChoosesOkxsSite_CaseInsensitively(string value, string restAddress, string name)
    {
        Dictionary<string, string?> settings = Complete();
        settings.Remove("Okx:Sub1:BaseAddress");
        settings["Okx:Sub1:Environment"] = value;
        using ServiceProvider provider = Provider(settings);

        provider.GetRequiredService<IStartupValidator>().Validate();
        OkxClientOptions options = provider.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get("sub1");
        Assert.Equal(name, options.Environment.Name);
        Assert.Equal(new Uri(restAddress), options.BaseAddress);
    }

    [Fact]
    public void BaseAddress_StillOverridesTheEnvironment()
    {
        Dictionary<string, string?> settings = Complete();
        settings["Okx:Sub1:Environment"] = "Eea";
        using ServiceProvider provider = Provider(settings);

        OkxClientOptions options = provider.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get("sub1");
        Assert.Same(OkxEnvironment.Eea, options.Environment);
        Assert.Equal(new Uri("https://sub1.okx.test/"), options.BaseAddress);
    }

    [Fact]
    public void ConfigurationOverloads_RejectNullArguments()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => services.AddOkxClient((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddOkxClient("sub1", (IConfiguration)null!));
        Assert.Throws<ArgumentException>(() => services.AddOkxClient("", Configuration(Complete())));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddOkxClient("sub1", Configuration(settings).GetSection("Okx:Sub1"));
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
