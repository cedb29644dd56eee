// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Asset;

/// <summary>Get currencies: <c>GET /api/v5/asset/currencies</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/currencies", Response = typeof(Currency), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetCurrenciesRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get funding balances: <c>GET /api/v5/asset/balances</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/balances", Response = typeof(FundingBalance), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetFundingBalancesRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get non tradable assets: <c>GET /api/v5/asset/non-tradable-assets</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/non-tradable-assets", Response = typeof(NonTradableAsset), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetNonTradableAssetsRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get asset valuation: <c>GET /api/v5/asset/asset-valuation</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/asset-valuation", Response = typeof(AssetValuation), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetAssetValuationRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Funds transfer: <c>POST /api/v5/asset/transfer</c>, 2 requests per 1 s by User ID + Currency.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/transfer", Response = typeof(TransferResult), RateLimit = 2, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.UserAndCurrency)]
public partial record FundsTransferRequest
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>from</c>. Required.</summary>
    public required string From { get; init; }

    /// <summary>OKX's <c>to</c>. Required.</summary>
    public required string To { get; init; }

    /// <summary>OKX's <c>subAcct</c>. Conditional: see the endpoint page.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>loanTrans</c>.</summary>
    public bool? LoanTrans { get; init; }

    /// <summary>OKX's <c>omitPosRisk</c>.</summary>
    public string? OmitPosRisk { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }
}

/// <summary>Get transfer state: <c>GET /api/v5/asset/transfer-state</c>, 10 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/transfer-state", Response = typeof(TransferState), RateLimit = 10, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetTransferStateRequest
{
    /// <summary>OKX's <c>transId</c>. Conditional: see the endpoint page.</summary>
    public string? TransId { get; init; }

    /// <summary>OKX's <c>clientId</c>. Conditional: see the endpoint page.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>Get funding bills: <c>GET /api/v5/asset/bills</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/bills", Response = typeof(FundingBill), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetFundingBillsRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>thirdPartyType</c>.</summary>
    public string? ThirdPartyType { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get funding bills history: <c>GET /api/v5/asset/bills-history</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/bills-history", Response = typeof(FundingBill), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetFundingBillsHistoryRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>thirdPartyType</c>.</summary>
    public string? ThirdPartyType { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>pagingType</c>.</summary>
    public string? PagingType { get; init; }
}

/// <summary>Get deposit address: <c>GET /api/v5/asset/deposit-address</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/deposit-address", Response = typeof(DepositAddress), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetDepositAddressRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }
}

/// <summary>Get deposit history: <c>GET /api/v5/asset/deposit-history</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/deposit-history", Response = typeof(DepositRecord), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetDepositHistoryRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>depId</c>.</summary>
    public string? DepId { get; init; }

    /// <summary>OKX's <c>fromWdId</c>.</summary>
    public string? FromWdId { get; init; }

    /// <summary>OKX's <c>txId</c>.</summary>
    public string? TxId { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Withdrawal: <c>POST /api/v5/asset/withdrawal</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/withdrawal", Response = typeof(WithdrawalResult), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record WithdrawalRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>dest</c>. Required.</summary>
    public required string Dest { get; init; }

    /// <summary>OKX's <c>toAddr</c>. Required.</summary>
    public required string ToAddr { get; init; }

    /// <summary>OKX's <c>toAddrType</c>.</summary>
    public string? ToAddrType { get; init; }

    /// <summary>OKX's <c>chain</c>. Conditional: see the endpoint page.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>areaCode</c>. Conditional: see the endpoint page.</summary>
    public string? AreaCode { get; init; }

    /// <summary>OKX's <c>rcvrInfo</c>. Conditional: see the endpoint page.</summary>
    public WithdrawalRecipient? RcvrInfo { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }
}

/// <summary>Cancel withdrawal: <c>POST /api/v5/asset/cancel-withdrawal</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/cancel-withdrawal", Response = typeof(CancelWithdrawalResult), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record CancelWithdrawalRequest
{
    /// <summary>OKX's <c>wdId</c>. Required.</summary>
    public required string WdId { get; init; }
}

/// <summary>Get withdrawal history: <c>GET /api/v5/asset/withdrawal-history</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/withdrawal-history", Response = typeof(WithdrawalRecord), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetWithdrawalHistoryRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>wdId</c>.</summary>
    public string? WdId { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>txId</c>.</summary>
    public string? TxId { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get deposit withdraw status: <c>GET /api/v5/asset/deposit-withdraw-status</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/deposit-withdraw-status", Response = typeof(DepositWithdrawStatus), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetDepositWithdrawStatusRequest
{
    /// <summary>OKX's <c>wdId</c>. Conditional: see the endpoint page.</summary>
    public string? WdId { get; init; }

    /// <summary>OKX's <c>txId</c>. Conditional: see the endpoint page.</summary>
    public string? TxId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>to</c>. Conditional: see the endpoint page.</summary>
    public string? To { get; init; }

    /// <summary>OKX's <c>chain</c>. Conditional: see the endpoint page.</summary>
    public string? Chain { get; init; }
}

/// <summary>Get exchange list: <c>GET /api/v5/asset/exchange-list</c>, 6 requests per 1 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/exchange-list", Response = typeof(ExchangeInfo), Signed = false, RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetExchangeListRequest
{
}

/// <summary>Apply monthly statement: <c>POST /api/v5/asset/monthly-statement</c>, 0 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/monthly-statement", Response = typeof(MonthlyStatementApplication), RateLimit = 0, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record ApplyMonthlyStatementRequest
{
    /// <summary>OKX's <c>month</c>.</summary>
    public string? Month { get; init; }
}

/// <summary>Get monthly statement: <c>GET /api/v5/asset/monthly-statement</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/monthly-statement", Response = typeof(MonthlyStatement), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMonthlyStatementRequest
{
    /// <summary>OKX's <c>month</c>. Required.</summary>
    public required string Month { get; init; }
}

/// <summary>Get convert currencies: <c>GET /api/v5/asset/convert/currencies</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/convert/currencies", Response = typeof(ConvertCurrency), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetConvertCurrenciesRequest
{
}

/// <summary>Get convert currency pair: <c>GET /api/v5/asset/convert/currency-pair</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/convert/currency-pair", Response = typeof(ConvertCurrencyPair), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetConvertCurrencyPairRequest
{
    /// <summary>OKX's <c>fromCcy</c>. Required.</summary>
    public required string FromCcy { get; init; }

    /// <summary>OKX's <c>toCcy</c>. Required.</summary>
    public required string ToCcy { get; init; }

    /// <summary>OKX's <c>convertMode</c>.</summary>
    public string? ConvertMode { get; init; }
}

/// <summary>Estimate convert quote: <c>POST /api/v5/asset/convert/estimate-quote</c>, 10 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/convert/estimate-quote", Response = typeof(ConvertQuote), RateLimit = 10, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record EstimateConvertQuoteRequest
{
    /// <summary>OKX's <c>baseCcy</c>. Required.</summary>
    public required string BaseCcy { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>. Required.</summary>
    public required string QuoteCcy { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.OrderSide Side { get; init; }

    /// <summary>OKX's <c>rfqSz</c>. Required.</summary>
    public required decimal RfqSz { get; init; }

    /// <summary>OKX's <c>rfqSzCcy</c>. Required.</summary>
    public required string RfqSzCcy { get; init; }

    /// <summary>OKX's <c>clQReqId</c>.</summary>
    public string? ClQReqId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>convertMode</c>.</summary>
    public string? ConvertMode { get; init; }
}

/// <summary>Convert trade: <c>POST /api/v5/asset/convert/trade</c>, 10 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/convert/trade", Response = typeof(ConvertTrade), RateLimit = 10, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record ConvertTradeRequest
{
    /// <summary>OKX's <c>quoteId</c>. Required.</summary>
    public required string QuoteId { get; init; }

    /// <summary>OKX's <c>baseCcy</c>. Required.</summary>
    public required string BaseCcy { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>. Required.</summary>
    public required string QuoteCcy { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.OrderSide Side { get; init; }

    /// <summary>OKX's <c>sz</c>. Required.</summary>
    public required decimal Sz { get; init; }

    /// <summary>OKX's <c>szCcy</c>. Required.</summary>
    public required string SzCcy { get; init; }

    /// <summary>OKX's <c>clTReqId</c>.</summary>
    public string? ClTReqId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>convertMode</c>.</summary>
    public string? ConvertMode { get; init; }
}

/// <summary>Get convert history: <c>GET /api/v5/asset/convert/history</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/funding/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/convert/history", Response = typeof(ConvertRecord), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetConvertHistoryRequest
{
    /// <summary>OKX's <c>clTReqId</c>.</summary>
    public string? ClTReqId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>Get sub account funding balances: <c>GET /api/v5/asset/subaccount/balances</c>, 6 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/subaccount/balances", Response = typeof(FundingBalance), RateLimit = 6, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSubAccountFundingBalancesRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get sub account transfer bills: <c>GET /api/v5/asset/subaccount/bills</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/subaccount/bills", Response = typeof(SubAccountTransferBill), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSubAccountTransferBillsRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get managed sub account transfer bills: <c>GET /api/v5/asset/subaccount/managed-subaccount-bills</c>, 6 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/asset/subaccount/managed-subaccount-bills", Response = typeof(ManagedSubAccountTransferBill), RateLimit = 6, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetManagedSubAccountTransferBillsRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>subUid</c>.</summary>
    public string? SubUid { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Sub account transfer: <c>POST /api/v5/asset/subaccount/transfer</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/asset/subaccount/transfer", Response = typeof(SubAccountTransferResult), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record SubAccountTransferRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>from</c>. Required.</summary>
    public required string From { get; init; }

    /// <summary>OKX's <c>to</c>. Required.</summary>
    public required string To { get; init; }

    /// <summary>OKX's <c>fromSubAccount</c>. Required.</summary>
    public required string FromSubAccount { get; init; }

    /// <summary>OKX's <c>toSubAccount</c>. Required.</summary>
    public required string ToSubAccount { get; init; }

    /// <summary>OKX's <c>loanTrans</c>.</summary>
    public bool? LoanTrans { get; init; }

    /// <summary>OKX's <c>omitPosRisk</c>.</summary>
    public string? OmitPosRisk { get; init; }
}

/// <summary>A nested object of a asset request.</summary>
public sealed record WithdrawalRecipient
{
    /// <summary>OKX's <c>walletType</c>. Required.</summary>
    public required string WalletType { get; init; }

    /// <summary>OKX's <c>exchId</c>. Conditional: see the endpoint page.</summary>
    public string? ExchId { get; init; }

    /// <summary>OKX's <c>rcvrFirstName</c>. Conditional: see the endpoint page.</summary>
    public string? RcvrFirstName { get; init; }

    /// <summary>OKX's <c>rcvrLastName</c>. Conditional: see the endpoint page.</summary>
    public string? RcvrLastName { get; init; }

    /// <summary>OKX's <c>rcvrCountry</c>. Conditional: see the endpoint page.</summary>
    public string? RcvrCountry { get; init; }

    /// <summary>OKX's <c>rcvrCountrySubDivision</c>. Conditional: see the endpoint page.</summary>
    public string? RcvrCountrySubDivision { get; init; }

    /// <summary>OKX's <c>rcvrTownName</c>. Conditional: see the endpoint page.</summary>
    public string? RcvrTownName { get; init; }

    /// <summary>OKX's <c>rcvrStreetName</c>. Conditional: see the endpoint page.</summary>
    public string? RcvrStreetName { get; init; }
}
