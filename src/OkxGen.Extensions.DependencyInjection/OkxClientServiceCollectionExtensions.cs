using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OkxGen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="OkxClient"/> with <see cref="System.Net.Http.IHttpClientFactory"/>, for one account or several.</summary>
public static class OkxClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OkxClient"/> as a typed HTTP client whose options are configured by
    /// <paramref name="configure"/>. When no logger is set, the client logs through the container's
    /// <see cref="ILoggerFactory"/> (method, path and code; never the secret, the passphrase or the signature).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address, credentials, demo trading and clock.</param>
    /// <returns>The HTTP client builder, to add handlers, resilience or a primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddOkxClient(options =>
    /// {
    ///     options.Credentials = new OkxCredentials(key, secret, passphrase);
    ///     options.Simulated = true;
    /// });
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddOkxClient(this IServiceCollection services, Action<OkxClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        // No copy of the options here: the client takes the one copy (OkxClientOptions.Clone) when it is created.
        AddOptions(services, Options.Options.DefaultName, configure);
        return SendsUnsafeRequestsOnce(services.AddHttpClient<OkxClient>().AddTypedClient(static (httpClient, serviceProvider) =>
            new OkxClient(httpClient, serviceProvider.GetRequiredService<IOptions<OkxClientOptions>>().Value)));
    }

    /// <summary>
    /// Registers the unnamed <see cref="OkxClient"/>, as <see cref="AddOkxClient(IServiceCollection, Action{OkxClientOptions})"/>
    /// does, with its options read from <paramref name="configuration"/> (see
    /// <see cref="AddOkxClient(IServiceCollection, string, IConfiguration)"/> for the keys and their validation).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The account's section, such as <c>configuration.GetSection("Okx")</c>.</param>
    /// <returns>The HTTP client builder, to add handlers, resilience or a primary handler.</returns>
    public static IHttpClientBuilder AddOkxClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        AddValidation(services, Options.Options.DefaultName, configuration);
        return services.AddOkxClient(options => OkxClientConfiguration.Apply(configuration, options));
    }

    /// <summary>
    /// Registers the client of one account under <paramref name="name"/>: a keyed service
    /// (<c>[FromKeyedServices("sub1")] OkxClient</c>), also returned by <see cref="IOkxClientFactory.Get(string)"/>,
    /// with its own named options and its own named <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>.
    /// Call it once per account; the unnamed client of <see cref="AddOkxClient(IServiceCollection, Action{OkxClientOptions})"/>
    /// can be registered alongside.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name: the service key and the name of its options.</param>
    /// <param name="configure">Sets the account's base address, credentials, demo trading and clock.</param>
    /// <returns>The account's HTTP client builder, to add handlers, resilience or a primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddOkxClient("main", options => options.Credentials = mainCredentials);
    /// services.AddOkxClient("sub1", options => options.Credentials = sub1Credentials);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddOkxClient(this IServiceCollection services, string name, Action<OkxClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);

        AddOptions(services, name, configure);
        string httpClientName = "OkxGen:" + name;
        services.TryAddSingleton<IOkxClientFactory, OkxClientFactory>();
        services.AddKeyedTransient<OkxClient>(name, (serviceProvider, _) => new OkxClient(
            serviceProvider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName),
            serviceProvider.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get(name)));
        return SendsUnsafeRequestsOnce(services.AddHttpClient(httpClientName));
    }

    /// <summary>
    /// Registers the client of one account under <paramref name="name"/>, as
    /// <see cref="AddOkxClient(IServiceCollection, string, Action{OkxClientOptions})"/> does, with its options read
    /// from <paramref name="configuration"/> key by key (no reflection: trimming and Native-AOT safe):
    /// <c>ApiKey</c>, <c>SecretKey</c> and <c>Passphrase</c> (required), <c>Simulated</c> (<c>true</c> or
    /// <c>false</c>), <c>Environment</c> (OKX's site: <c>Global</c>, <c>Eea</c> or <c>Us</c>), <c>BaseAddress</c> (an
    /// absolute http or https address, which overrides the environment's) and <c>RequestExpiry</c> (a time span such as
    /// <c>00:00:05</c>). The options are validated when the host starts: a missing or malformed key stops it
    /// with a message that names the key and never shows a value.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name: the service key and the name of its options.</param>
    /// <param name="configuration">The account's section, such as <c>configuration.GetSection("Okx:Sub1")</c>.</param>
    /// <returns>The account's HTTP client builder, to add handlers, resilience or a primary handler.</returns>
    public static IHttpClientBuilder AddOkxClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configuration);

        AddValidation(services, name, configuration);
        return services.AddOkxClient(name, options => OkxClientConfiguration.Apply(configuration, options));
    }

    private static void AddOptions(IServiceCollection services, string name, Action<OkxClientOptions> configure) =>
        services.AddOptions<OkxClientOptions>(name)
            .Configure(configure)
            .PostConfigure<ILoggerFactory>(static (options, loggerFactory) => options.Logger ??= loggerFactory.CreateLogger<OkxClient>())
            // Clients are created per resolution; the options are one value per name and container, so this is the one
            // limiter that every client of an account counts in (OKX counts each account, sub-accounts included, apart).
            .PostConfigure(static options => options.RateLimiter ??= new OkxRateLimiter(options.TimeProvider));

    // Post-configured, so that it runs after every handler the application adds (AddStandardResilienceHandler,
    // ConfigureHttpClientDefaults...): the guard is the innermost handler, the last one before the network.
    private static IHttpClientBuilder SendsUnsafeRequestsOnce(IHttpClientBuilder builder)
    {
        builder.Services.PostConfigure<HttpClientFactoryOptions>(builder.Name, static options =>
            options.HttpMessageHandlerBuilderActions.Add(static handlers =>
            {
                // Once per client, however often AddOkxClient registered it.
                foreach (DelegatingHandler handler in handlers.AdditionalHandlers)
                {
                    if (handler is OkxSendOnceHandler)
                    {
                        return;
                    }
                }

                handlers.AdditionalHandlers.Add(new OkxSendOnceHandler());
            }));
        return builder;
    }

    private static void AddValidation(IServiceCollection services, string name, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<OkxClientOptions>>(new OkxClientConfigurationValidator(name, configuration));
        services.AddOptions<OkxClientOptions>(name).ValidateOnStart();
    }
}
