using System;

namespace OkxGen;

/// <summary>How <c>AddOkxResilience()</c> retries the requests that are safe to send again.</summary>
public sealed class OkxResilienceOptions
{
    /// <summary>OKX refuses a signed request whose timestamp is more than 30 seconds from its clock (<c>50102</c>).</summary>
    internal static readonly TimeSpan TimestampWindow = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the most retries of one request after its first attempt. Defaults to 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// Gets or sets the first wait before a retry; each further wait doubles, with jitter, up to <see cref="MaxDelay"/>.
    /// Defaults to 500 ms.
    /// </summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest wait before a retry. Defaults to 4 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Gets or sets how long after its first attempt a request may still be sent again. A retry sends the very bytes of
    /// the first attempt, signature and <c>OK-ACCESS-TIMESTAMP</c> included (nothing is signed twice), and OKX refuses a
    /// timestamp more than 30 seconds from its clock; so no retry starts later than this after the first attempt.
    /// Defaults to 20 seconds, leaving room for a skewed clock; at most 30 seconds.
    /// </summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromSeconds(20);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAttempts, 1, "OkxResilienceOptions.MaxRetryAttempts");
        ArgumentOutOfRangeException.ThrowIfLessThan(Delay, TimeSpan.Zero, "OkxResilienceOptions.Delay");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, Delay, "OkxResilienceOptions.MaxDelay");
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryWindow, MaxDelay, "OkxResilienceOptions.RetryWindow");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RetryWindow, TimestampWindow, "OkxResilienceOptions.RetryWindow");
    }
}
