namespace OkxGen.RateLimiting;

/// <summary>
/// One budget of OKX's: an endpoint (by method and path, so that two declarations of one endpoint share it), counted
/// for everyone behind this limiter (IP) or per API key (user), and per the value of the rule's parameter
/// (<see cref="OkxRateLimit.KeyParameter"/>: an instrument, a currency, a tag) when it names one.
/// </summary>
internal readonly record struct RateLimitBudget(string Method, string Path, string? ApiKey, string? Key)
{
    public static RateLimitBudget For(OkxRateLimitResource resource, OkxRateLimit rateLimit)
    {
        OkxEndpointInfo endpoint = resource.Request.Endpoint;
        return new(
            endpoint.Method,
            endpoint.Path,
            rateLimit.CountsPerUser ? resource.ApiKey : null,
            rateLimit.KeyParameter is null ? null : resource.Request.RateLimitKey);
    }
}
