using System;
using System.Globalization;

namespace OkxGen;

/// <summary>
/// An endpoint's documented rate limit: at most <see cref="Limit"/> requests in any <see cref="Window"/>, counted per
/// <see cref="Rule"/>. The generator writes it into <see cref="OkxEndpointInfo.RateLimit"/> from
/// <see cref="OkxEndpointAttribute.RateLimit"/>; <see cref="OkxClient"/> enforces it.
/// </summary>
public sealed class OkxRateLimit
{
    /// <summary>Describes a rate limit.</summary>
    /// <param name="limit">The number of requests allowed per window; at least 1.</param>
    /// <param name="window">The window; positive.</param>
    /// <param name="rule">What the requests are counted against; not <see cref="OkxRateLimitRule.Default"/> (resolve it first).</param>
    /// <exception cref="ArgumentOutOfRangeException">The limit or the window is not positive, or the rule is <see cref="OkxRateLimitRule.Default"/> or undefined.</exception>
    public OkxRateLimit(int limit, TimeSpan window, OkxRateLimitRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        if (rule is not (OkxRateLimitRule.Ip or OkxRateLimitRule.User or OkxRateLimitRule.UserAndInstrument or OkxRateLimitRule.UserAndInstrumentFamily))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "The rule must be Ip, User, UserAndInstrument or UserAndInstrumentFamily.");
        }

        Limit = limit;
        Window = window;
        Rule = rule;
    }

    /// <summary>Gets the number of requests allowed in any <see cref="Window"/>.</summary>
    public int Limit { get; }

    /// <summary>Gets the window the requests are counted over.</summary>
    public TimeSpan Window { get; }

    /// <summary>Gets what the requests are counted against.</summary>
    public OkxRateLimitRule Rule { get; }

    /// <summary>
    /// Gets the wire name of the request parameter whose value the limit is counted per: <c>instId</c> for
    /// <see cref="OkxRateLimitRule.UserAndInstrument"/>, <c>instFamily</c> for
    /// <see cref="OkxRateLimitRule.UserAndInstrumentFamily"/>, <see langword="null"/> otherwise.
    /// </summary>
    public string? InstrumentParameter => Rule switch
    {
        OkxRateLimitRule.UserAndInstrument => "instId",
        OkxRateLimitRule.UserAndInstrumentFamily => "instFamily",
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Limit} requests per {Window.TotalSeconds} s per {Rule}");
}
