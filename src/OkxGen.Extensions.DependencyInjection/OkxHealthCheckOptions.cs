using System;
using System.Collections.Generic;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OkxGen;

/// <summary>What <c>AddOkxHealthCheck</c> checks, and how it reports.</summary>
public sealed class OkxHealthCheckOptions
{
    /// <summary>OKX refuses a signed request whose timestamp is more than 30 seconds from its clock (<c>50102</c>).</summary>
    internal static readonly TimeSpan TimestampWindow = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the account to check: the name given to <c>AddOkxClient(name, ...)</c>, or <see langword="null"/>
    /// (the default) for the unnamed client of <c>AddOkxClient(options => ...)</c>.
    /// </summary>
    public string? ClientName { get; set; }

    /// <summary>
    /// Gets or sets how far the local clock may be from OKX's before the check reports
    /// <see cref="HealthStatus.Degraded"/>. Defaults to 5 seconds; it must be positive and under OKX's 30-second window,
    /// past which signed requests are refused.
    /// </summary>
    public TimeSpan ClockSkewThreshold { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long the check may take before it is reported as failed. Defaults to 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the tags of the check, for filtering (readiness, liveness).</summary>
    public ICollection<string> Tags { get; } = new List<string>();
}
