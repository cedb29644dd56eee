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

/// <summary>Get on chain earn offers: <c>GET /api/v5/finance/staking-defi/offers</c>, 3 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/on-chain-earn.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/staking-defi/offers", Response = typeof(OnChainEarnOffer), RateLimit = 3, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOnChainEarnOffersRequest
{
    /// <summary>OKX's <c>productId</c>.</summary>
    public string? ProductId { get; init; }

    /// <summary>OKX's <c>protocolType</c>.</summary>
    public string? ProtocolType { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Purchase on chain earn: <c>POST /api/v5/finance/staking-defi/purchase</c>, 2 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/on-chain-earn.md.</remarks>
[OkxEndpoint("POST", "/api/v5/finance/staking-defi/purchase", Response = typeof(OnChainEarnOrderAck), RateLimit = 2, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record PurchaseOnChainEarnRequest
{
    /// <summary>OKX's <c>productId</c>. Required.</summary>
    public required string ProductId { get; init; }

    /// <summary>OKX's <c>investData</c>. Required.</summary>
    public required global::System.Collections.Generic.IReadOnlyList<OnChainEarnInvestment> InvestData { get; init; }

    /// <summary>OKX's <c>term</c>. Conditional: see the endpoint page.</summary>
    public int? Term { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>Redeem on chain earn: <c>POST /api/v5/finance/staking-defi/redeem</c>, 2 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/on-chain-earn.md.</remarks>
[OkxEndpoint("POST", "/api/v5/finance/staking-defi/redeem", Response = typeof(OnChainEarnOrderAck), RateLimit = 2, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record RedeemOnChainEarnRequest
{
    /// <summary>OKX's <c>ordId</c>. Required.</summary>
    public required string OrdId { get; init; }

    /// <summary>OKX's <c>protocolType</c>. Required.</summary>
    public required string ProtocolType { get; init; }

    /// <summary>OKX's <c>allowEarlyRedeem</c>.</summary>
    public bool? AllowEarlyRedeem { get; init; }
}

/// <summary>Cancel on chain earn order: <c>POST /api/v5/finance/staking-defi/cancel</c>, 2 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/on-chain-earn.md.</remarks>
[OkxEndpoint("POST", "/api/v5/finance/staking-defi/cancel", Response = typeof(OnChainEarnOrderAck), RateLimit = 2, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record CancelOnChainEarnOrderRequest
{
    /// <summary>OKX's <c>ordId</c>. Required.</summary>
    public required string OrdId { get; init; }

    /// <summary>OKX's <c>protocolType</c>. Required.</summary>
    public required string ProtocolType { get; init; }
}

/// <summary>Get on chain earn active orders: <c>GET /api/v5/finance/staking-defi/orders-active</c>, 3 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/on-chain-earn.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/staking-defi/orders-active", Response = typeof(OnChainEarnOrder), RateLimit = 3, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOnChainEarnActiveOrdersRequest
{
    /// <summary>OKX's <c>productId</c>.</summary>
    public string? ProductId { get; init; }

    /// <summary>OKX's <c>protocolType</c>.</summary>
    public string? ProtocolType { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }
}

/// <summary>Get on chain earn order history: <c>GET /api/v5/finance/staking-defi/orders-history</c>, 3 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/financial/product/on-chain-earn.md.</remarks>
[OkxEndpoint("GET", "/api/v5/finance/staking-defi/orders-history", Response = typeof(OnChainEarnOrderRecord), RateLimit = 3, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOnChainEarnOrderHistoryRequest
{
    /// <summary>OKX's <c>productId</c>.</summary>
    public string? ProductId { get; init; }

    /// <summary>OKX's <c>protocolType</c>.</summary>
    public string? ProtocolType { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>A nested object of a finance request.</summary>
public sealed record OnChainEarnInvestment
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }
}
