using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

        // Typed clients are created per resolution: the limiter is the container's, so that every client counts in one.
        services.TryAddSingleton(static serviceProvider => new OkxRateLimiter(serviceProvider.GetRequiredService<IOptions<OkxClientOptions>>().Value.TimeProvider));
        return services.AddHttpClient<OkxClient>().AddTypedClient((httpClient, serviceProvider) =>
        {
            OkxClientOptions configured = serviceProvider.GetRequiredService<IOptions<OkxClientOptions>>().Value;
            var options = new OkxClientOptions
            {
                Environment = configured.Environment,
                BaseAddress = configured.BaseAddress,
                Credentials = configured.Credentials,
                Simulated = configured.Simulated,
                TimeProvider = configured.TimeProvider,
                RequestExpiry = configured.RequestExpiry,
                RateLimiting = configured.RateLimiting,
                RateLimiter = configured.RateLimiter ?? serviceProvider.GetRequiredService<OkxRateLimiter>(),
                Logger = configured.Logger ?? serviceProvider.GetService<ILoggerFactory>()?.CreateLogger<OkxClient>(),
            };

            return new OkxClient(httpClient, options);
        });
    }
}
