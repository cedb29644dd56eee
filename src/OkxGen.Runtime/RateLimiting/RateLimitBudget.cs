namespace OkxGen.RateLimiting;

/// <summary>
/// One budget of OKX's: an endpoint (by method and path, so that two declarations of one endpoint share it), counted
/// for everyone behind this limiter (IP), per API key (user), or per API key and instrument.
/// </summary>
internal readonly record struct RateLimitBudget(string Method, string Path, string? ApiKey, string? Instrument)
{
    public static RateLimitBudget For(OkxRateLimitResource resource, OkxRateLimit rateLimit)
    {
        OkxEndpointInfo endpoint = resource.Request.Endpoint;
        return rateLimit.Rule switch
        {
            OkxRateLimitRule.Ip => new(endpoint.Method, endpoint.Path, null, null),
            OkxRateLimitRule.User => new(endpoint.Method, endpoint.Path, resource.ApiKey, null),
            _ => new(endpoint.Method, endpoint.Path, resource.ApiKey, resource.Request.RateLimitInstrument),
        };
    }
}
