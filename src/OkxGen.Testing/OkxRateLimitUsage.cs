using System;

namespace OkxGen.Testing;

/// <summary>
/// How one of OKX's budgets was used: the requests to one endpoint from one rule key (everyone for an IP limit, an API
/// key, with the value of the rule's parameter such as an instrument), counted by the <see cref="OkxTestServer"/> on its own clock.
/// </summary>
/// <param name="Method">The endpoint's method.</param>
/// <param name="Path">The endpoint's path.</param>
/// <param name="ApiKey">The API key counted against, or <see langword="null"/> for an IP limit.</param>
/// <param name="Key">The value of the rule's parameter (<see cref="OkxRateLimit.KeyParameter"/>: <c>instId</c>, <c>ccy</c>...) counted against, or <see langword="null"/>.</param>
/// <param name="Limit">The number of requests allowed per <paramref name="Window"/>.</param>
/// <param name="Window">The window.</param>
/// <param name="Accepted">The requests answered normally.</param>
/// <param name="Rejected">The requests answered with <c>50011</c>.</param>
/// <param name="PeakInWindow">The most accepted requests seen in one window: at most <paramref name="Limit"/>.</param>
public sealed record OkxRateLimitUsage(
    string Method,
    string Path,
    string? ApiKey,
    string? Key,
    int Limit,
    TimeSpan Window,
    int Accepted,
    int Rejected,
    int PeakInWindow);
