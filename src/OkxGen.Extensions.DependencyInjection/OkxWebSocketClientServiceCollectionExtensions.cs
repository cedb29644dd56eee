using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OkxGen;
using OkxGen.WebSockets;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="OkxWebSocketClient"/>: one per account, sharing the account's <see cref="OkxClientOptions"/>
/// (its credentials, demo trading, site, <c>expTime</c> and clock), created on first use and disposed with the
/// container (the host).
/// </summary>
public static class OkxWebSocketClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the unnamed <see cref="OkxWebSocketClient"/>, a singleton for the account of the unnamed
    /// <c>AddOkxClient(...)</c>: its credentials, <see cref="OkxClientOptions.Simulated"/>, <see cref="OkxClientOptions.Environment"/>'s
    /// WebSocket host, <see cref="OkxClientOptions.RequestExpiry"/> and <see cref="OkxClientOptions.TimeProvider"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOkxWebSocketClient(this IServiceCollection services) =>
        services.AddOkxWebSocketClient(static _ => { });

    /// <summary>
    /// Registers the unnamed <see cref="OkxWebSocketClient"/> as <see cref="AddOkxWebSocketClient(IServiceCollection)"/>
    /// does, then lets <paramref name="configure"/> change its options (a host, timings, the subscription buffer).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options taken from the account.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOkxWebSocketClient(this IServiceCollection services, Action<OkxWebSocketOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        AddOptions(services, Options.Options.DefaultName, configure);
        services.TryAddSingleton(static serviceProvider =>
            new OkxWebSocketClient(serviceProvider.GetRequiredService<IOptionsMonitor<OkxWebSocketOptions>>().Get(Options.Options.DefaultName)));
        return services;
    }

    /// <summary>
    /// Registers the unnamed <see cref="OkxWebSocketClient"/> as <see cref="AddOkxWebSocketClient(IServiceCollection)"/>
    /// does, with the WebSocket keys of the account's section (see
    /// <see cref="AddOkxWebSocketClient(IServiceCollection, string, IConfiguration)"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The account's section, the one given to <c>AddOkxClient(configuration)</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOkxWebSocketClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        AddValidation(services, Options.Options.DefaultName, configuration);
        return services.AddOkxWebSocketClient(options => OkxWebSocketConfiguration.Apply(configuration, options));
    }

    /// <summary>
    /// Registers the <see cref="OkxWebSocketClient"/> of the account registered with <c>AddOkxClient(name, ...)</c>:
    /// a keyed singleton (<c>[FromKeyedServices("sub1")] OkxWebSocketClient</c>) whose options are taken from the
    /// account's named <see cref="OkxClientOptions"/>: its credentials, <see cref="OkxClientOptions.Simulated"/>,
    /// <see cref="OkxClientOptions.Environment"/>'s WebSocket host, <see cref="OkxClientOptions.RequestExpiry"/> and
    /// <see cref="OkxClientOptions.TimeProvider"/>. Without such an account, the client has no credentials and serves
    /// public channels only.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name, as given to <c>AddOkxClient</c>: the service key.</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>
    /// services.AddOkxClient("sub1", configuration.GetSection("Okx:Sub1"));
    /// services.AddOkxWebSocketClient("sub1");
    /// // ...
    /// public sealed class Trader([FromKeyedServices("sub1")] OkxWebSocketClient socket) { }
    /// </code>
    /// </example>
    public static IServiceCollection AddOkxWebSocketClient(this IServiceCollection services, string name) =>
        services.AddOkxWebSocketClient(name, static _ => { });

    /// <summary>
    /// Registers the <see cref="OkxWebSocketClient"/> of an account as <see cref="AddOkxWebSocketClient(IServiceCollection, string)"/>
    /// does, then lets <paramref name="configure"/> change its options (a host, timings, the subscription buffer).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name, as given to <c>AddOkxClient</c>: the service key.</param>
    /// <param name="configure">Changes the options taken from the account.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOkxWebSocketClient(this IServiceCollection services, string name, Action<OkxWebSocketOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);

        AddOptions(services, name, configure);
        services.TryAddKeyedSingleton(name, static (serviceProvider, key) =>
            new OkxWebSocketClient(serviceProvider.GetRequiredService<IOptionsMonitor<OkxWebSocketOptions>>().Get((string)key!)));
        return services;
    }

    /// <summary>
    /// Registers the <see cref="OkxWebSocketClient"/> of an account as <see cref="AddOkxWebSocketClient(IServiceCollection, string)"/>
    /// does, with the WebSocket keys of the account's section: <c>WebSocketAddress</c> (optional: a <c>wss</c>,
    /// <c>ws</c>, <c>https</c> or <c>http</c> host that replaces the site's, such as a test server's). The credentials
    /// come from the account (<c>AddOkxClient(name, section)</c>), so the secret is read once. A malformed key stops the
    /// host at start with a message that names it and never shows its value.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name, as given to <c>AddOkxClient</c>: the service key.</param>
    /// <param name="configuration">The account's section, such as <c>configuration.GetSection("Okx:Sub1")</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOkxWebSocketClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configuration);

        AddValidation(services, name, configuration);
        return services.AddOkxWebSocketClient(name, options => OkxWebSocketConfiguration.Apply(configuration, options));
    }

    private static void AddOptions(IServiceCollection services, string name, Action<OkxWebSocketOptions> configure)
    {
        services.AddLogging();
        services.AddOptions<OkxWebSocketOptions>(name)
            .Configure<IOptionsMonitor<OkxClientOptions>>((options, accounts) => ShareAccount(accounts.Get(name), options))
            .Configure(configure)
            .PostConfigure<ILoggerFactory>(static (options, loggerFactory) => options.Logger ??= loggerFactory.CreateLogger<OkxWebSocketClient>());
    }

    // The REST client's options hold what the account is; the socket logs in with the same credentials instance and
    // takes its order-operation permits from the same limiter.
    private static void ShareAccount(OkxClientOptions account, OkxWebSocketOptions options)
    {
        options.Credentials = account.Credentials;
        options.Simulated = account.Simulated;
        options.RequestExpiry = account.RequestExpiry;
        options.TimeProvider = account.TimeProvider;

        // OKX counts socket order operations against the REST endpoints they mirror: one budget per account.
        options.RateLimiting = account.RateLimiting;
        options.RateLimiter = account.RateLimiter;
        if (account.Environment != OkxEnvironment.Global)
        {
            // OkxEnvironment's addresses end in /ws/v5/; the socket's base address is the host below that.
            options.BaseAddress = new Uri(options.Simulated ? account.Environment.DemoWebSocketAddress : account.Environment.WebSocketAddress, "../../");
        }
    }

    private static void AddValidation(IServiceCollection services, string name, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<OkxWebSocketOptions>>(new OkxWebSocketConfigurationValidator(name, configuration));
        services.AddOptions<OkxWebSocketOptions>(name).ValidateOnStart();
    }
}
