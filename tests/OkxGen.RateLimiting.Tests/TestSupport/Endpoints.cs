namespace OkxGen.RateLimiting.Tests.TestSupport;

// Limits as OKX's documentation states them on each endpoint's page.

/// <summary>GET / Ticker: 20 requests per 2 seconds, per IP.</summary>
[OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2)]
public partial record GetTickerRequest
{
    public required string InstId { get; init; }
}

/// <summary>GET / Order details: 60 requests per 2 seconds, per user ID and instrument ID.</summary>
[OkxEndpoint("GET", "/api/v5/trade/order", RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record GetOrderRequest
{
    public required string InstId { get; init; }

    public string? OrdId { get; init; }
}

/// <summary>GET / Balance: 10 requests per 2 seconds, per user ID (the default rule of a signed endpoint).</summary>
[OkxEndpoint("GET", "/api/v5/account/balance", RateLimit = 10, RateLimitWindowSeconds = 2)]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}

/// <summary>GET / Account configuration, declared here without a limit.</summary>
[OkxEndpoint("GET", "/api/v5/account/config")]
public partial record GetAccountConfigRequest;

/// <summary>POST / Funds transfer: 2 requests per second, per user ID and currency.</summary>
[OkxEndpoint("POST", "/api/v5/asset/transfer", RateLimit = 2, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.UserAndCurrency)]
public partial record TransferRequest
{
    public required string Ccy { get; init; }

    public required decimal Amt { get; init; }
}

/// <summary>GET / Funding rate: 10 requests per 2 seconds, per IP and instrument ID.</summary>
[OkxEndpoint("GET", "/api/v5/public/funding-rate", Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetFundingRateRequest
{
    public required string InstId { get; init; }
}
