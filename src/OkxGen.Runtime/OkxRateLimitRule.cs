namespace OkxGen;

/// <summary>What OKX counts an endpoint's rate limit against, as each endpoint's documentation page states it.</summary>
public enum OkxRateLimitRule
{
    /// <summary>Not stated: <see cref="Ip"/> for endpoints with <c>Signed = false</c>, <see cref="User"/> otherwise.</summary>
    Default,

    /// <summary>The caller's IP address (public endpoints).</summary>
    Ip,

    /// <summary>The user ID behind the API key (most private endpoints). Sub-accounts have their own limits.</summary>
    User,

    /// <summary>The user ID and the request's instrument ID (<c>instId</c>): most trading endpoints.</summary>
    UserAndInstrument,

    /// <summary>The user ID and the request's instrument family (<c>instFamily</c>): options endpoints.</summary>
    UserAndInstrumentFamily,
}
