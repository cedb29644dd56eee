// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Asset;

/// <summary>An item of OKX's <c>data</c> array (currency).</summary>
public sealed record Currency
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>OKX's <c>logoLink</c>.</summary>
    public string? LogoLink { get; init; }

    /// <summary>OKX's <c>chain</c>.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>ctAddr</c>.</summary>
    public string? CtAddr { get; init; }

    /// <summary>OKX's <c>canDep</c>.</summary>
    public bool? CanDep { get; init; }

    /// <summary>OKX's <c>canWd</c>.</summary>
    public bool? CanWd { get; init; }

    /// <summary>OKX's <c>canInternal</c>.</summary>
    public bool? CanInternal { get; init; }

    /// <summary>OKX's <c>depEstOpenTime</c>.</summary>
    public global::System.DateTimeOffset? DepEstOpenTime { get; init; }

    /// <summary>OKX's <c>wdEstOpenTime</c>.</summary>
    public global::System.DateTimeOffset? WdEstOpenTime { get; init; }

    /// <summary>OKX's <c>minDep</c>.</summary>
    public decimal? MinDep { get; init; }

    /// <summary>OKX's <c>minWd</c>.</summary>
    public decimal? MinWd { get; init; }

    /// <summary>OKX's <c>minInternal</c>.</summary>
    public decimal? MinInternal { get; init; }

    /// <summary>OKX's <c>maxWd</c>.</summary>
    public decimal? MaxWd { get; init; }

    /// <summary>OKX's <c>wdTickSz</c>.</summary>
    public int? WdTickSz { get; init; }

    /// <summary>OKX's <c>wdQuota</c>.</summary>
    public decimal? WdQuota { get; init; }

    /// <summary>OKX's <c>usedWdQuota</c>.</summary>
    public decimal? UsedWdQuota { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>minFee</c>.</summary>
    public decimal? MinFee { get; init; }

    /// <summary>OKX's <c>maxFee</c>.</summary>
    public decimal? MaxFee { get; init; }

    /// <summary>OKX's <c>minFeeForCtAddr</c>.</summary>
    public decimal? MinFeeForCtAddr { get; init; }

    /// <summary>OKX's <c>maxFeeForCtAddr</c>.</summary>
    public decimal? MaxFeeForCtAddr { get; init; }

    /// <summary>OKX's <c>burningFeeRate</c>.</summary>
    public decimal? BurningFeeRate { get; init; }

    /// <summary>OKX's <c>mainNet</c>.</summary>
    public bool? MainNet { get; init; }

    /// <summary>OKX's <c>needTag</c>.</summary>
    public bool? NeedTag { get; init; }

    /// <summary>OKX's <c>minDepArrivalConfirm</c>.</summary>
    public int? MinDepArrivalConfirm { get; init; }

    /// <summary>OKX's <c>minWdUnlockConfirm</c>.</summary>
    public int? MinWdUnlockConfirm { get; init; }

    /// <summary>OKX's <c>depQuotaFixed</c>.</summary>
    public decimal? DepQuotaFixed { get; init; }

    /// <summary>OKX's <c>usedDepQuotaFixed</c>.</summary>
    public decimal? UsedDepQuotaFixed { get; init; }

    /// <summary>OKX's <c>depQuoteDailyLayer2</c>.</summary>
    public decimal? DepQuoteDailyLayer2 { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (funding balance).</summary>
public sealed record FundingBalance
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>bal</c>.</summary>
    public decimal? Bal { get; init; }

    /// <summary>OKX's <c>frozenBal</c>.</summary>
    public decimal? FrozenBal { get; init; }

    /// <summary>OKX's <c>availBal</c>.</summary>
    public decimal? AvailBal { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (non tradable asset).</summary>
public sealed record NonTradableAsset
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>OKX's <c>logoLink</c>.</summary>
    public string? LogoLink { get; init; }

    /// <summary>OKX's <c>bal</c>.</summary>
    public decimal? Bal { get; init; }

    /// <summary>OKX's <c>canWd</c>.</summary>
    public bool? CanWd { get; init; }

    /// <summary>OKX's <c>chain</c>.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>minWd</c>.</summary>
    public decimal? MinWd { get; init; }

    /// <summary>OKX's <c>wdAll</c>.</summary>
    public bool? WdAll { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>burningFeeRate</c>.</summary>
    public decimal? BurningFeeRate { get; init; }

    /// <summary>OKX's <c>ctAddr</c>.</summary>
    public string? CtAddr { get; init; }

    /// <summary>OKX's <c>wdTickSz</c>.</summary>
    public int? WdTickSz { get; init; }

    /// <summary>OKX's <c>needTag</c>.</summary>
    public bool? NeedTag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (valuation details).</summary>
public sealed record ValuationDetails
{
    /// <summary>OKX's <c>funding</c>.</summary>
    public decimal? Funding { get; init; }

    /// <summary>OKX's <c>trading</c>.</summary>
    public decimal? Trading { get; init; }

    /// <summary>OKX's <c>classic</c>.</summary>
    public decimal? Classic { get; init; }

    /// <summary>OKX's <c>earn</c>.</summary>
    public decimal? Earn { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (asset valuation).</summary>
public sealed record AssetValuation
{
    /// <summary>OKX's <c>totalBal</c>.</summary>
    public decimal? TotalBal { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public ValuationDetails? Details { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (transfer result).</summary>
public sealed record TransferResult
{
    /// <summary>OKX's <c>transId</c>.</summary>
    public string? TransId { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>from</c>.</summary>
    public string? From { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>to</c>.</summary>
    public string? To { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (transfer state).</summary>
public sealed record TransferState
{
    /// <summary>OKX's <c>transId</c>.</summary>
    public string? TransId { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>from</c>.</summary>
    public string? From { get; init; }

    /// <summary>OKX's <c>to</c>.</summary>
    public string? To { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>toInstId</c>.</summary>
    public string? ToInstId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (funding bill).</summary>
public sealed record FundingBill
{
    /// <summary>OKX's <c>billId</c>.</summary>
    public string? BillId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>balChg</c>.</summary>
    public decimal? BalChg { get; init; }

    /// <summary>OKX's <c>bal</c>.</summary>
    public decimal? Bal { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>notes</c>.</summary>
    public string? Notes { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (deposit address).</summary>
public sealed record DepositAddress
{
    /// <summary>OKX's <c>addr</c>.</summary>
    public string? Addr { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>memo</c>.</summary>
    public string? Memo { get; init; }

    /// <summary>OKX's <c>pmtId</c>.</summary>
    public string? PmtId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>chain</c>.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>to</c>.</summary>
    public string? To { get; init; }

    /// <summary>OKX's <c>verifiedName</c>.</summary>
    public string? VerifiedName { get; init; }

    /// <summary>OKX's <c>selected</c>.</summary>
    public bool? Selected { get; init; }

    /// <summary>OKX's <c>ctAddr</c>.</summary>
    public string? CtAddr { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (deposit record).</summary>
public sealed record DepositRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>chain</c>.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>from</c>.</summary>
    public string? From { get; init; }

    /// <summary>OKX's <c>areaCodeFrom</c>.</summary>
    public string? AreaCodeFrom { get; init; }

    /// <summary>OKX's <c>to</c>.</summary>
    public string? To { get; init; }

    /// <summary>OKX's <c>txId</c>.</summary>
    public string? TxId { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>depId</c>.</summary>
    public string? DepId { get; init; }

    /// <summary>OKX's <c>fromWdId</c>.</summary>
    public string? FromWdId { get; init; }

    /// <summary>OKX's <c>actualDepBlkConfirm</c>.</summary>
    public int? ActualDepBlkConfirm { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (withdrawal result).</summary>
public sealed record WithdrawalResult
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>chain</c>.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>wdId</c>.</summary>
    public string? WdId { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (cancel withdrawal result).</summary>
public sealed record CancelWithdrawalResult
{
    /// <summary>OKX's <c>wdId</c>.</summary>
    public string? WdId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (withdrawal record).</summary>
public sealed record WithdrawalRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>chain</c>.</summary>
    public string? Chain { get; init; }

    /// <summary>OKX's <c>nonTradableAsset</c>.</summary>
    public bool? NonTradableAsset { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>from</c>.</summary>
    public string? From { get; init; }

    /// <summary>OKX's <c>areaCodeFrom</c>.</summary>
    public string? AreaCodeFrom { get; init; }

    /// <summary>OKX's <c>to</c>.</summary>
    public string? To { get; init; }

    /// <summary>OKX's <c>areaCodeTo</c>.</summary>
    public string? AreaCodeTo { get; init; }

    /// <summary>OKX's <c>toAddrType</c>.</summary>
    public string? ToAddrType { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>pmtId</c>.</summary>
    public string? PmtId { get; init; }

    /// <summary>OKX's <c>memo</c>.</summary>
    public string? Memo { get; init; }

    /// <summary>OKX's <c>txId</c>.</summary>
    public string? TxId { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>wdId</c>.</summary>
    public string? WdId { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>note</c>.</summary>
    public string? Note { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (deposit withdraw status).</summary>
public sealed record DepositWithdrawStatus
{
    /// <summary>OKX's <c>estCompleteTime</c>.</summary>
    public string? EstCompleteTime { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>txId</c>.</summary>
    public string? TxId { get; init; }

    /// <summary>OKX's <c>wdId</c>.</summary>
    public string? WdId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (exchange info).</summary>
public sealed record ExchangeInfo
{
    /// <summary>OKX's <c>exchName</c>.</summary>
    public string? ExchName { get; init; }

    /// <summary>OKX's <c>exchId</c>.</summary>
    public string? ExchId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (monthly statement application).</summary>
public sealed record MonthlyStatementApplication
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (monthly statement).</summary>
public sealed record MonthlyStatement
{
    /// <summary>OKX's <c>fileHref</c>.</summary>
    public string? FileHref { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (convert currency).</summary>
public sealed record ConvertCurrency
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>min</c>.</summary>
    public decimal? Min { get; init; }

    /// <summary>OKX's <c>max</c>.</summary>
    public decimal? Max { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (convert currency pair).</summary>
public sealed record ConvertCurrencyPair
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>baseCcy</c>.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>OKX's <c>baseCcyMax</c>.</summary>
    public decimal? BaseCcyMax { get; init; }

    /// <summary>OKX's <c>baseCcyMin</c>.</summary>
    public decimal? BaseCcyMin { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>quoteCcyMax</c>.</summary>
    public decimal? QuoteCcyMax { get; init; }

    /// <summary>OKX's <c>quoteCcyMin</c>.</summary>
    public decimal? QuoteCcyMin { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (convert quote).</summary>
public sealed record ConvertQuote
{
    /// <summary>OKX's <c>quoteTime</c>.</summary>
    public global::System.DateTimeOffset? QuoteTime { get; init; }

    /// <summary>OKX's <c>ttlMs</c>.</summary>
    public long? TtlMs { get; init; }

    /// <summary>OKX's <c>clQReqId</c>.</summary>
    public string? ClQReqId { get; init; }

    /// <summary>OKX's <c>quoteId</c>.</summary>
    public string? QuoteId { get; init; }

    /// <summary>OKX's <c>baseCcy</c>.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>origRfqSz</c>.</summary>
    public decimal? OrigRfqSz { get; init; }

    /// <summary>OKX's <c>rfqSz</c>.</summary>
    public decimal? RfqSz { get; init; }

    /// <summary>OKX's <c>rfqSzCcy</c>.</summary>
    public string? RfqSzCcy { get; init; }

    /// <summary>OKX's <c>cnvtPx</c>.</summary>
    public decimal? CnvtPx { get; init; }

    /// <summary>OKX's <c>baseSz</c>.</summary>
    public decimal? BaseSz { get; init; }

    /// <summary>OKX's <c>quoteSz</c>.</summary>
    public decimal? QuoteSz { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (convert trade).</summary>
public sealed record ConvertTrade
{
    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>quoteId</c>.</summary>
    public string? QuoteId { get; init; }

    /// <summary>OKX's <c>clTReqId</c>.</summary>
    public string? ClTReqId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>baseCcy</c>.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>fillPx</c>.</summary>
    public decimal? FillPx { get; init; }

    /// <summary>OKX's <c>fillBaseSz</c>.</summary>
    public decimal? FillBaseSz { get; init; }

    /// <summary>OKX's <c>fillQuoteSz</c>.</summary>
    public decimal? FillQuoteSz { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (convert record).</summary>
public sealed record ConvertRecord
{
    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>clTReqId</c>.</summary>
    public string? ClTReqId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>baseCcy</c>.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>fillPx</c>.</summary>
    public decimal? FillPx { get; init; }

    /// <summary>OKX's <c>fillBaseSz</c>.</summary>
    public decimal? FillBaseSz { get; init; }

    /// <summary>OKX's <c>fillQuoteSz</c>.</summary>
    public decimal? FillQuoteSz { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (sub account transfer bill).</summary>
public sealed record SubAccountTransferBill
{
    /// <summary>OKX's <c>billId</c>.</summary>
    public string? BillId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (managed sub account transfer bill).</summary>
public sealed record ManagedSubAccountTransferBill
{
    /// <summary>OKX's <c>billId</c>.</summary>
    public string? BillId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>subUid</c>.</summary>
    public string? SubUid { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (sub account transfer result).</summary>
public sealed record SubAccountTransferResult
{
    /// <summary>OKX's <c>transId</c>.</summary>
    public string? TransId { get; init; }
}
