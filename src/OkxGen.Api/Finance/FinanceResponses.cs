// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Finance;

/// <summary>An item of OKX's <c>data</c> array (saving balance).</summary>
public sealed record SavingBalance
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>earnings</c>.</summary>
    public decimal? Earnings { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>loanAmt</c>.</summary>
    public decimal? LoanAmt { get; init; }

    /// <summary>OKX's <c>pendingAmt</c>.</summary>
    public decimal? PendingAmt { get; init; }

    /// <summary>OKX's <c>redemptAmt</c>.</summary>
    public decimal? RedemptAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (savings purchase redemption result).</summary>
public sealed record SavingsPurchaseRedemptionResult
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (lending rate setting).</summary>
public sealed record LendingRateSetting
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (lending record).</summary>
public sealed record LendingRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>earnings</c>.</summary>
    public decimal? Earnings { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (public borrow info).</summary>
public sealed record PublicBorrowInfo
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>avgAmt</c>.</summary>
    public decimal? AvgAmt { get; init; }

    /// <summary>OKX's <c>avgAmtUsd</c>.</summary>
    public decimal? AvgAmtUsd { get; init; }

    /// <summary>OKX's <c>avgRate</c>.</summary>
    public decimal? AvgRate { get; init; }

    /// <summary>OKX's <c>preRate</c>.</summary>
    public decimal? PreRate { get; init; }

    /// <summary>OKX's <c>estRate</c>.</summary>
    public decimal? EstRate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (public borrow rate).</summary>
public sealed record PublicBorrowRate
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>lendingRate</c>.</summary>
    public decimal? LendingRate { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn invest limit).</summary>
public sealed record OnChainEarnInvestLimit
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>bal</c>.</summary>
    public decimal? Bal { get; init; }

    /// <summary>OKX's <c>minAmt</c>.</summary>
    public decimal? MinAmt { get; init; }

    /// <summary>OKX's <c>maxAmt</c>.</summary>
    public decimal? MaxAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn earning currency).</summary>
public sealed record OnChainEarnEarningCurrency
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>earningType</c>.</summary>
    public string? EarningType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn offer).</summary>
public sealed record OnChainEarnOffer
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>productId</c>.</summary>
    public string? ProductId { get; init; }

    /// <summary>OKX's <c>protocol</c>.</summary>
    public string? Protocol { get; init; }

    /// <summary>OKX's <c>protocolType</c>.</summary>
    public string? ProtocolType { get; init; }

    /// <summary>OKX's <c>term</c>.</summary>
    public int? Term { get; init; }

    /// <summary>OKX's <c>apy</c>.</summary>
    public decimal? Apy { get; init; }

    /// <summary>OKX's <c>earlyRedeem</c>.</summary>
    public bool? EarlyRedeem { get; init; }

    /// <summary>OKX's <c>investData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnInvestLimit>? InvestData { get; init; }

    /// <summary>OKX's <c>earningData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnEarningCurrency>? EarningData { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>redeemPeriod</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? RedeemPeriod { get; init; }

    /// <summary>OKX's <c>fastRedemptionDailyLimit</c>.</summary>
    public decimal? FastRedemptionDailyLimit { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn order ack).</summary>
public sealed record OnChainEarnOrderAck
{
    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn invested amount).</summary>
public sealed record OnChainEarnInvestedAmount
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn earning).</summary>
public sealed record OnChainEarnEarning
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>earningType</c>.</summary>
    public string? EarningType { get; init; }

    /// <summary>OKX's <c>earnings</c>.</summary>
    public decimal? Earnings { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn fast redemption).</summary>
public sealed record OnChainEarnFastRedemption
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>redeemingAmt</c>.</summary>
    public decimal? RedeemingAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn order).</summary>
public sealed record OnChainEarnOrder
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>productId</c>.</summary>
    public string? ProductId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>protocol</c>.</summary>
    public string? Protocol { get; init; }

    /// <summary>OKX's <c>protocolType</c>.</summary>
    public string? ProtocolType { get; init; }

    /// <summary>OKX's <c>term</c>.</summary>
    public int? Term { get; init; }

    /// <summary>OKX's <c>apy</c>.</summary>
    public decimal? Apy { get; init; }

    /// <summary>OKX's <c>investData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnInvestedAmount>? InvestData { get; init; }

    /// <summary>OKX's <c>earningData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnEarning>? EarningData { get; init; }

    /// <summary>OKX's <c>fastRedemptionData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnFastRedemption>? FastRedemptionData { get; init; }

    /// <summary>OKX's <c>purchasedTime</c>.</summary>
    public global::System.DateTimeOffset? PurchasedTime { get; init; }

    /// <summary>OKX's <c>estSettlementTime</c>.</summary>
    public string? EstSettlementTime { get; init; }

    /// <summary>OKX's <c>cancelRedemptionDeadline</c>.</summary>
    public string? CancelRedemptionDeadline { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn realized earning).</summary>
public sealed record OnChainEarnRealizedEarning
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>earningType</c>.</summary>
    public string? EarningType { get; init; }

    /// <summary>OKX's <c>realizedEarnings</c>.</summary>
    public decimal? RealizedEarnings { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (on chain earn order record).</summary>
public sealed record OnChainEarnOrderRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>productId</c>.</summary>
    public string? ProductId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>protocol</c>.</summary>
    public string? Protocol { get; init; }

    /// <summary>OKX's <c>protocolType</c>.</summary>
    public string? ProtocolType { get; init; }

    /// <summary>OKX's <c>term</c>.</summary>
    public int? Term { get; init; }

    /// <summary>OKX's <c>apy</c>.</summary>
    public decimal? Apy { get; init; }

    /// <summary>OKX's <c>investData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnInvestedAmount>? InvestData { get; init; }

    /// <summary>OKX's <c>earningData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OnChainEarnRealizedEarning>? EarningData { get; init; }

    /// <summary>OKX's <c>purchasedTime</c>.</summary>
    public global::System.DateTimeOffset? PurchasedTime { get; init; }

    /// <summary>OKX's <c>redeemedTime</c>.</summary>
    public global::System.DateTimeOffset? RedeemedTime { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}
