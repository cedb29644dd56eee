namespace OkxGen;

/// <summary>What <see cref="OkxClient"/> does with an endpoint's declared rate limit (<see cref="OkxEndpointInfo.RateLimit"/>).</summary>
public enum OkxRateLimitMode
{
    /// <summary>Waits for a permit before sending (honouring the call's cancellation token). The default.</summary>
    Wait,

    /// <summary>Sends nothing when no permit is free and throws <see cref="OkxRateLimitExceededException"/> at once.</summary>
    Fail,

    /// <summary>
    /// Does not count: every request is sent, and OKX's own answers (<c>50011</c>, <c>50061</c>, see
    /// <see cref="OkxResponse{T}.IsRateLimited"/>) come back. For several processes sharing one key, whose counts one
    /// client cannot see.
    /// </summary>
    Off,
}
