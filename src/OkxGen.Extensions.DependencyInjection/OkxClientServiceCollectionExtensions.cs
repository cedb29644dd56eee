using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OkxGen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="OkxClient"/> with <see cref="System.Net.Http.IHttpClientFactory"/>.</summary>
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
        services.AddOptions<OkxClientOptions>().Configure(configure);
        return services.AddHttpClient<OkxClient>().AddTypedClient((httpClient, serviceProvider) =>
        {
            OkxClientOptions options = serviceProvider.GetRequiredService<IOptions<OkxClientOptions>>().Value;
            if (options.Logger is null && serviceProvider.GetService<ILoggerFactory>() is { } loggerFactory)
            {
                options = new OkxClientOptions
                {
                    BaseAddress = options.BaseAddress,
                    Credentials = options.Credentials,
                    Simulated = options.Simulated,
                    TimeProvider = options.TimeProvider,
                    RequestExpiry = options.RequestExpiry,
                    Logger = loggerFactory.CreateLogger<OkxClient>(),
                };
            }

            return new OkxClient(httpClient, options);
        });
    }
}
