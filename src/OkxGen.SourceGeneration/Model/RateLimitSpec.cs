namespace OkxGen.SourceGeneration.Model;

/// <summary>An endpoint's declared rate limit, with its rule already resolved.</summary>
/// <param name="Limit">The number of requests per window; at least 1.</param>
/// <param name="WindowSeconds">The window in seconds; at least 1.</param>
/// <param name="Rule">The <c>OkxRateLimitRule</c> member, never <c>Default</c>: <c>Ip</c>, <c>User</c>, <c>UserAndInstrument</c>...</param>
/// <param name="KeyPropertyName">
/// The root string property sent as the parameter the rule counts per (<c>instId</c>, <c>instFamily</c>,
/// <c>instType</c>, <c>ccy</c> or <c>tag</c>), or <see langword="null"/> when the rule names none or the request has no
/// such member.
/// </param>
internal sealed record RateLimitSpec(int Limit, int WindowSeconds, string Rule, string? KeyPropertyName);
