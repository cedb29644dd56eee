// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Finance;

/// <summary>Get saving balance: <c>GET /api/v5/finance/savings/balance</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/simple-earn-flexible.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/savings/balance", Response = typeof(SavingBalance), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSavingBalanceRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Savings purchase redemption: <c>POST /api/v5/finance/savings/purchase-redempt</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/simple-earn-flexible.md.</remarks>
[OkxEndpoint("POST", "/api/v5/finance/savings/purchase-redempt", Response = typeof(SavingsPurchaseRedemptionResult), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record SavingsPurchaseRedemptionRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required string Side { get; init; }

    /// <summary>OKX's <c>rate</c>. Conditional: see the endpoint page.</summary>
    public decimal? Rate { get; init; }
}

/// <summary>Set lending rate: <c>POST /api/v5/finance/savings/set-lending-rate</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/simple-earn-flexible.md.</remarks>
[OkxEndpoint("POST", "/api/v5/finance/savings/set-lending-rate", Response = typeof(LendingRateSetting), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetLendingRateRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>rate</c>. Required.</summary>
    public required decimal Rate { get; init; }
}

/// <summary>Get lending history: <c>GET /api/v5/finance/savings/lending-history</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/simple-earn-flexible.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/savings/lending-history", Response = typeof(LendingRecord), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetLendingHistoryRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get public borrow info: <c>GET /api/v5/finance/savings/lending-rate-summary</c>, 6 requests per 1 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/simple-earn-flexible.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/savings/lending-rate-summary", Response = typeof(PublicBorrowInfo), Signed = false, RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPublicBorrowInfoRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get public borrow history: <c>GET /api/v5/finance/savings/lending-rate-history</c>, 6 requests per 1 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/simple-earn-flexible.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/savings/lending-rate-history", Response = typeof(PublicBorrowRate), Signed = false, RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPublicBorrowHistoryRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}
