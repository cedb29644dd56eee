using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OkxGen;

/// <summary>
/// Checks one account's client: OKX answers <c>GET /api/v5/public/time</c> (else <see cref="HealthStatus.Unhealthy"/>),
/// OKX accepts a signed <c>GET /api/v5/account/config</c> when credentials are set (else unhealthy, with OKX's code),
/// and the local clock is within <see cref="OkxHealthCheckOptions.ClockSkewThreshold"/> of OKX's (else
/// <see cref="HealthStatus.Degraded"/>, and unhealthy from OKX's 30-second window on). Failures are results, never exceptions; no key, secret or passphrase is reported.
/// </summary>
internal sealed class OkxHealthCheck(IServiceProvider services, OkxHealthCheckOptions options) : IHealthCheck
{
    internal const string ClockSkewKey = "okx.clock_skew_ms";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        string account = options.ClientName is null ? "the OKX client" : $"the OKX client '{options.ClientName}'";
        OkxClient client = options.ClientName is null
            ? services.GetRequiredService<OkxClient>()
            : services.GetRequiredKeyedService<OkxClient>(options.ClientName);

        // A fresh client has no clock offset, so the offset it measures is the local clock's own skew.
        TimeSpan skew;
        try
        {
            skew = await client.SyncTimeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"OKX is not reachable from {account}: GET /api/v5/public/time failed ({exception.Message}).", exception);
        }

        var data = new Dictionary<string, object> { [ClockSkewKey] = Math.Round(skew.TotalMilliseconds) };
        OkxClientOptions clientOptions = services.GetRequiredService<IOptionsMonitor<OkxClientOptions>>().Get(options.ClientName ?? Options.DefaultName);
        if (clientOptions.Credentials is not null)
        {
            try
            {
                OkxResponse<JsonElement> response = await client.SendAsync(AccountConfigRequest.Instance, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccess)
                {
                    return new HealthCheckResult(
                        context.Registration.FailureStatus,
                        $"OKX refused the signed GET /api/v5/account/config of {account}: code {response.Code} ({response.Msg}).",
                        data: data);
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"The signed GET /api/v5/account/config of {account} failed ({exception.Message}).", exception, data);
            }
        }

        // The key was checked on OKX's clock (SyncTimeAsync set the offset); the local clock, which a new client signs
        // with until it synchronizes, is judged apart.
        string clock = Describe(skew);
        if (skew.Duration() >= OkxHealthCheckOptions.TimestampWindow)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"The local clock is {clock} OKX's: OKX refuses the signed requests it timestamps, more than 30 s off (50102). Synchronize the clock (or call SyncTimeAsync on each client).",
                data: data);
        }

        return skew.Duration() > options.ClockSkewThreshold
            ? HealthCheckResult.Degraded(
                $"The local clock is {clock} OKX's, more than the {Seconds(options.ClockSkewThreshold)} s allowed; OKX refuses signed requests more than 30 s off (50102). Synchronize the clock (or call SyncTimeAsync on each client).",
                data: data)
            : HealthCheckResult.Healthy($"OKX answers {account}{(clientOptions.Credentials is null ? "" : " and accepts its key")}; the local clock is {clock} OKX's.", data);
    }

    // The offset is OKX's clock minus the local one: positive when the local clock is behind.
    private static string Describe(TimeSpan skew) =>
        $"{Seconds(skew.Duration())} s {(skew >= TimeSpan.Zero ? "behind" : "ahead of")}";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
