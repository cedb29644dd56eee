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

        // No copy of the options here: the client takes the one copy (OkxClientOptions.Clone) when it is created.
        services.AddOptions<OkxClientOptions>()
            .Configure(configure)
            .PostConfigure<ILoggerFactory>(static (options, loggerFactory) => options.Logger ??= loggerFactory.CreateLogger<OkxClient>())
            // Typed clients are created per resolution; the options are one value per container, so this is the one
            // limiter every client of the container counts in.
            .PostConfigure(static options => options.RateLimiter ??= new OkxRateLimiter(options.TimeProvider));
        return services.AddHttpClient<OkxClient>().AddTypedClient(static (httpClient, serviceProvider) =>
            new OkxClient(httpClient, serviceProvider.GetRequiredService<IOptions<OkxClientOptions>>().Value));
    }
}
