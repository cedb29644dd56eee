namespace OkxGen;

/// <summary>
/// What OKX counts an endpoint's rate limit against, as each endpoint's documentation page states it ("Rate limit rule:
/// User ID + Instrument ID"): the IP address or the user, alone or with the value of one request parameter
/// (<see cref="OkxRateLimit.KeyParameter"/>).
/// </summary>
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

    /// <summary>The caller's IP address and the request's instrument ID (<c>instId</c>): funding rates, trading statistics per contract.</summary>
    IpAndInstrument,

    /// <summary>The caller's IP address and the request's instrument family (<c>instFamily</c>): option summaries, settlement history.</summary>
    IpAndInstrumentFamily,

    /// <summary>The caller's IP address and the request's instrument type (<c>instType</c>): <c>GET /api/v5/public/instruments</c>.</summary>
    IpAndInstrumentType,

    /// <summary>The user ID and the request's instrument type (<c>instType</c>): <c>GET /api/v5/account/instruments</c>.</summary>
    UserAndInstrumentType,

    /// <summary>The user ID and the request's currency (<c>ccy</c>): <c>POST /api/v5/asset/transfer</c>.</summary>
    UserAndCurrency,

    /// <summary>The user ID and the request's order tag (<c>tag</c>): <c>POST /api/v5/trade/cancel-all-after</c>.</summary>
    UserAndTag,
}
