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
        if (rule is OkxRateLimitRule.Default or < OkxRateLimitRule.Default or > OkxRateLimitRule.UserAndTag)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "The rule must be a member of OkxRateLimitRule other than Default.");
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
    /// Gets whether the limit is counted per user (per API key) rather than per IP address: the <c>User...</c> rules.
    /// </summary>
    public bool CountsPerUser => Rule is OkxRateLimitRule.User or OkxRateLimitRule.UserAndInstrument or
        OkxRateLimitRule.UserAndInstrumentFamily or OkxRateLimitRule.UserAndInstrumentType or OkxRateLimitRule.UserAndCurrency or
        OkxRateLimitRule.UserAndTag;

    /// <summary>
    /// Gets the wire name of the request parameter whose value the limit is also counted per: <c>instId</c>,
    /// <c>instFamily</c>, <c>instType</c>, <c>ccy</c> or <c>tag</c> as the rule names it; <see langword="null"/> for
    /// <see cref="OkxRateLimitRule.Ip"/> and <see cref="OkxRateLimitRule.User"/>. The request gives the value in
    /// <see cref="IOkxRequest.RateLimitKey"/>.
    /// </summary>
    public string? KeyParameter => Rule switch
    {
        OkxRateLimitRule.UserAndInstrument or OkxRateLimitRule.IpAndInstrument => "instId",
        OkxRateLimitRule.UserAndInstrumentFamily or OkxRateLimitRule.IpAndInstrumentFamily => "instFamily",
        OkxRateLimitRule.UserAndInstrumentType or OkxRateLimitRule.IpAndInstrumentType => "instType",
        OkxRateLimitRule.UserAndCurrency => "ccy",
        OkxRateLimitRule.UserAndTag => "tag",
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Limit} requests per {Window.TotalSeconds} s per {Rule}");
}
