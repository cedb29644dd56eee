using System;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OkxGen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the health of an OKX account's client to <c>services.AddHealthChecks()</c>.</summary>
public static class OkxHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check of one account's <see cref="OkxClient"/>: <see cref="HealthStatus.Unhealthy"/> when OKX's public
    /// time endpoint does not answer, or when OKX refuses a signed <c>GET /api/v5/account/config</c> (sent only when the
    /// account has credentials; the description carries OKX's code, never the key, the secret or the passphrase);
    /// <see cref="HealthStatus.Degraded"/> when the local clock is further from OKX's than
    /// <see cref="OkxHealthCheckOptions.ClockSkewThreshold"/>, and unhealthy from 30 seconds on, where OKX refuses the
    /// signed requests it timestamps (<c>50102</c>); healthy otherwise. The key is checked on OKX's clock, apart from the skew. The requests go through the account's
    /// own HTTP client and rate limiter.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name, unique among the application's checks.</param>
    /// <param name="configure">Chooses the account (<see cref="OkxHealthCheckOptions.ClientName"/>), the clock threshold, the timeout and tags.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive or not under 30 seconds, or the timeout is not positive.</exception>
    /// <example>
    /// <code>
    /// services.AddOkxClient("sub1", configuration.GetSection("Okx:Sub1"));
    /// services.AddHealthChecks().AddOkxHealthCheck("okx-sub1", options => options.ClientName = "sub1");
    /// </code>
    /// </example>
    public static IHealthChecksBuilder AddOkxHealthCheck(this IHealthChecksBuilder builder, string name, Action<OkxHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        var options = new OkxHealthCheckOptions();
        configure?.Invoke(options);
        if (options.ClockSkewThreshold <= TimeSpan.Zero || options.ClockSkewThreshold >= OkxHealthCheckOptions.TimestampWindow)
        {
            throw new ArgumentOutOfRangeException(
                nameof(configure),
                options.ClockSkewThreshold,
                "OkxHealthCheckOptions.ClockSkewThreshold must be positive and under OKX's 30-second timestamp window.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, "OkxHealthCheckOptions.Timeout");
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new OkxHealthCheck(services, options),
            failureStatus: HealthStatus.Unhealthy,
            tags: options.Tags,
            timeout: options.Timeout));
    }
}
