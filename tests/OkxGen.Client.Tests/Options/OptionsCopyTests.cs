using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OkxGen.Client.Tests.TestSupport;

namespace OkxGen.Client.Tests.Options;

/// <summary>
/// Every option reaches the client, on both paths (the constructor and <c>AddOkxClient</c>). The properties are
/// enumerated by reflection, so an option added later without a sample here fails the test instead of being skipped.
/// </summary>
public sealed class OptionsCopyTests
{
    // One value per option type, each different from the option's default.
    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(Uri)] = new Uri("https://options.test/okx"),
        [typeof(OkxCredentials)] = new OkxCredentials(ClientFactory.ApiKey, ClientFactory.SecretKey, ClientFactory.Passphrase),
        [typeof(bool)] = true,
        [typeof(TimeProvider)] = new FixedTimeProvider(ClientFactory.Now),
        [typeof(TimeSpan?)] = TimeSpan.FromSeconds(7),
        [typeof(ILogger)] = new CapturingLogger(),
        [typeof(int)] = 12_345,
        [typeof(OkxEnvironment)] = OkxEnvironment.Eea,
        [typeof(OkxRateLimitMode)] = OkxRateLimitMode.Fail,
        [typeof(OkxRateLimiter)] = new OkxRateLimiter(),
    };

    private static readonly PropertyInfo[] Options = typeof(OkxClientOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(static property => property.CanWrite)
        .ToArray();

    [Fact]
    public void EveryOption_HasASampleThatIsNotItsDefault()
    {
        var defaults = new OkxClientOptions();
        Assert.NotEmpty(Options);
        foreach (PropertyInfo option in Options)
        {
            Assert.True(
                Samples.ContainsKey(option.PropertyType),
                $"OkxClientOptions.{option.Name} is new: add a sample {option.PropertyType} to {nameof(OptionsCopyTests)}.{nameof(Samples)}.");
            Assert.NotEqual(option.GetValue(defaults), Samples[option.PropertyType]);
        }
    }

    [Fact]
    public void Constructor_KeepsEveryOption_AndLaterChangesToTheCallersOptionsDoNotReachTheClient()
    {
        OkxClientOptions options = WithEverySample();
        var client = new OkxClient(new HttpClient(), options);

        OkxClientOptions kept = OptionsOf(client);
        Assert.NotSame(options, kept);
        AssertEverySample(kept);

        var defaults = new OkxClientOptions();
        foreach (PropertyInfo option in Options)
        {
            option.SetValue(options, option.GetValue(defaults));
        }

        AssertEverySample(OptionsOf(client));
    }

    [Fact]
    public void AddOkxClient_KeepsEveryOption()
    {
        var services = new ServiceCollection();
        services.AddOkxClient(static options =>
        {
            foreach (PropertyInfo option in Options)
            {
                option.SetValue(options, Samples[option.PropertyType]);
            }
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        AssertEverySample(OptionsOf(provider.GetRequiredService<OkxClient>()));
    }

    [Fact]
    public void AddOkxClient_WithoutALogger_LogsThroughTheContainer_AndKeepsEveryOtherOption()
    {
        var services = new ServiceCollection();
        services.AddOkxClient(static options =>
        {
            foreach (PropertyInfo option in Options.Where(static option => option.PropertyType != typeof(ILogger)))
            {
                option.SetValue(options, Samples[option.PropertyType]);
            }
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        OkxClientOptions kept = OptionsOf(provider.GetRequiredService<OkxClient>());
        Assert.IsType<Logger<OkxClient>>(kept.Logger);
        foreach (PropertyInfo option in Options.Where(static option => option.PropertyType != typeof(ILogger)))
        {
            Assert.Equal(Samples[option.PropertyType], option.GetValue(kept));
        }
    }

    private static OkxClientOptions WithEverySample()
    {
        var options = new OkxClientOptions();
        foreach (PropertyInfo option in Options)
        {
            option.SetValue(options, Samples[option.PropertyType]);
        }

        return options;
    }

    private static void AssertEverySample(OkxClientOptions kept)
    {
        foreach (PropertyInfo option in Options)
        {
            Assert.True(
                Equals(Samples[option.PropertyType], option.GetValue(kept)),
                $"OkxClientOptions.{option.Name} was not copied: the client has {option.GetValue(kept) ?? "null"}.");
        }
    }

    // The options the client actually uses: its one field of that type.
    private static OkxClientOptions OptionsOf(OkxClient client) =>
        (OkxClientOptions)typeof(OkxClient)
            .GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
            .Single(static field => field.FieldType == typeof(OkxClientOptions))
            .GetValue(client)!;
}
