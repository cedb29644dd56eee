namespace OkxGen;

/// <summary>What <see cref="OkxRateLimiter"/> counts: a request, and the API key that sends it.</summary>
/// <param name="Request">The request; its <see cref="OkxEndpointInfo.RateLimit"/> says how it is counted.</param>
/// <param name="ApiKey">The API key that signs it, or <see langword="null"/> for a public request.</param>
public readonly record struct OkxRateLimitResource(IOkxRequest Request, string? ApiKey);
