namespace OkxGen.SourceGeneration.Model;

/// <summary>An endpoint's declared rate limit, with its rule already resolved.</summary>
/// <param name="Limit">The number of requests per window; at least 1.</param>
/// <param name="WindowSeconds">The window in seconds; at least 1.</param>
/// <param name="Rule">The <c>OkxRateLimitRule</c> member: <c>Ip</c>, <c>User</c>, <c>UserAndInstrument</c> or <c>UserAndInstrumentFamily</c>.</param>
/// <param name="InstrumentPropertyName">
/// The root string property sent as <c>instId</c> or <c>instFamily</c> that the rule counts per, or
/// <see langword="null"/> when the rule has no instrument or the request has no such member.
/// </param>
internal sealed record RateLimitSpec(int Limit, int WindowSeconds, string Rule, string? InstrumentPropertyName);
