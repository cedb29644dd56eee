// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Trade;

/// <summary>An item of OKX's <c>data</c> array (order ack).</summary>
public sealed record OrderAck
{
    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>sCode</c>.</summary>
    public string? SCode { get; init; }

    /// <summary>OKX's <c>sMsg</c>.</summary>
    public string? SMsg { get; init; }

    /// <summary>OKX's <c>subCode</c>.</summary>
    public string? SubCode { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (amend ack).</summary>
public sealed record AmendAck
{
    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>reqId</c>.</summary>
    public string? ReqId { get; init; }

    /// <summary>OKX's <c>sCode</c>.</summary>
    public string? SCode { get; init; }

    /// <summary>OKX's <c>sMsg</c>.</summary>
    public string? SMsg { get; init; }

    /// <summary>OKX's <c>subCode</c>.</summary>
    public string? SubCode { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (close position ack).</summary>
public sealed record ClosePositionAck
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (attached algo order info).</summary>
public sealed record AttachedAlgoOrderInfo
{
    /// <summary>OKX's <c>attachAlgoId</c>.</summary>
    public string? AttachAlgoId { get; init; }

    /// <summary>OKX's <c>attachAlgoClOrdId</c>.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tpOrdKind</c>.</summary>
    public string? TpOrdKind { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerRatio</c>.</summary>
    public decimal? TpTriggerRatio { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerRatio</c>.</summary>
    public decimal? SlTriggerRatio { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>amendPxOnTriggerType</c>.</summary>
    public string? AmendPxOnTriggerType { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }

    /// <summary>OKX's <c>failCode</c>.</summary>
    public string? FailCode { get; init; }

    /// <summary>OKX's <c>failReason</c>.</summary>
    public string? FailReason { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (linked algo order).</summary>
public sealed record LinkedAlgoOrder
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (order).</summary>
public sealed record Order
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>tgtCcy</c>.</summary>
    public string? TgtCcy { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>pxUsd</c>.</summary>
    public decimal? PxUsd { get; init; }

    /// <summary>OKX's <c>pxVol</c>.</summary>
    public decimal? PxVol { get; init; }

    /// <summary>OKX's <c>pxType</c>.</summary>
    public string? PxType { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>pnl</c>.</summary>
    public decimal? Pnl { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>tdMode</c>.</summary>
    public string? TdMode { get; init; }

    /// <summary>OKX's <c>accFillSz</c>.</summary>
    public decimal? AccFillSz { get; init; }

    /// <summary>OKX's <c>fillPx</c>.</summary>
    public decimal? FillPx { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>fillSz</c>.</summary>
    public decimal? FillSz { get; init; }

    /// <summary>OKX's <c>fillTime</c>.</summary>
    public global::System.DateTimeOffset? FillTime { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>stpId</c>.</summary>
    public string? StpId { get; init; }

    /// <summary>OKX's <c>stpMode</c>.</summary>
    public string? StpMode { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>attachAlgoClOrdId</c>.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AttachedAlgoOrderInfo>? AttachAlgoOrds { get; init; }

    /// <summary>OKX's <c>linkedAlgoOrd</c>.</summary>
    public LinkedAlgoOrder? LinkedAlgoOrd { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>rebateCcy</c>.</summary>
    public string? RebateCcy { get; init; }

    /// <summary>OKX's <c>rebate</c>.</summary>
    public decimal? Rebate { get; init; }

    /// <summary>OKX's <c>source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>isTpLimit</c>.</summary>
    public bool? IsTpLimit { get; init; }

    /// <summary>OKX's <c>cancelSource</c>.</summary>
    public string? CancelSource { get; init; }

    /// <summary>OKX's <c>cancelSourceReason</c>.</summary>
    public string? CancelSourceReason { get; init; }

    /// <summary>OKX's <c>quickMgnType</c>.</summary>
    public string? QuickMgnType { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (fill).</summary>
public sealed record Fill
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>billId</c>.</summary>
    public string? BillId { get; init; }

    /// <summary>OKX's <c>subType</c>.</summary>
    public string? SubType { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>fillPx</c>.</summary>
    public decimal? FillPx { get; init; }

    /// <summary>OKX's <c>fillSz</c>.</summary>
    public decimal? FillSz { get; init; }

    /// <summary>OKX's <c>fillIdxPx</c>.</summary>
    public decimal? FillIdxPx { get; init; }

    /// <summary>OKX's <c>fillPnl</c>.</summary>
    public decimal? FillPnl { get; init; }

    /// <summary>OKX's <c>fillPxVol</c>.</summary>
    public decimal? FillPxVol { get; init; }

    /// <summary>OKX's <c>fillPxUsd</c>.</summary>
    public decimal? FillPxUsd { get; init; }

    /// <summary>OKX's <c>fillMarkVol</c>.</summary>
    public decimal? FillMarkVol { get; init; }

    /// <summary>OKX's <c>fillFwdPx</c>.</summary>
    public decimal? FillFwdPx { get; init; }

    /// <summary>OKX's <c>fillMarkPx</c>.</summary>
    public decimal? FillMarkPx { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>execType</c>.</summary>
    public string? ExecType { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>fillTime</c>.</summary>
    public global::System.DateTimeOffset? FillTime { get; init; }

    /// <summary>OKX's <c>feeRate</c>.</summary>
    public decimal? FeeRate { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (currency amount).</summary>
public sealed record CurrencyAmount
{
    /// <summary>OKX's <c>fromCcy</c>.</summary>
    public string? FromCcy { get; init; }

    /// <summary>OKX's <c>fromAmt</c>.</summary>
    public decimal? FromAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (easy convert currencies).</summary>
public sealed record EasyConvertCurrencies
{
    /// <summary>OKX's <c>fromData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<CurrencyAmount>? FromData { get; init; }

    /// <summary>OKX's <c>toCcy</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? ToCcy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (easy convert result).</summary>
public sealed record EasyConvertResult
{
    /// <summary>OKX's <c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>OKX's <c>fromCcy</c>.</summary>
    public string? FromCcy { get; init; }

    /// <summary>OKX's <c>toCcy</c>.</summary>
    public string? ToCcy { get; init; }

    /// <summary>OKX's <c>fillFromSz</c>.</summary>
    public decimal? FillFromSz { get; init; }

    /// <summary>OKX's <c>fillToSz</c>.</summary>
    public decimal? FillToSz { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (easy convert record).</summary>
public sealed record EasyConvertRecord
{
    /// <summary>OKX's <c>fromCcy</c>.</summary>
    public string? FromCcy { get; init; }

    /// <summary>OKX's <c>fillFromSz</c>.</summary>
    public decimal? FillFromSz { get; init; }

    /// <summary>OKX's <c>toCcy</c>.</summary>
    public string? ToCcy { get; init; }

    /// <summary>OKX's <c>fillToSz</c>.</summary>
    public decimal? FillToSz { get; init; }

    /// <summary>OKX's <c>acct</c>.</summary>
    public string? Acct { get; init; }

    /// <summary>OKX's <c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (debt amount).</summary>
public sealed record DebtAmount
{
    /// <summary>OKX's <c>debtCcy</c>.</summary>
    public string? DebtCcy { get; init; }

    /// <summary>OKX's <c>debtAmt</c>.</summary>
    public decimal? DebtAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (repay amount).</summary>
public sealed record RepayAmount
{
    /// <summary>OKX's <c>repayCcy</c>.</summary>
    public string? RepayCcy { get; init; }

    /// <summary>OKX's <c>repayAmt</c>.</summary>
    public decimal? RepayAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (one click repay currencies).</summary>
public sealed record OneClickRepayCurrencies
{
    /// <summary>OKX's <c>debtData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<DebtAmount>? DebtData { get; init; }

    /// <summary>OKX's <c>debtType</c>.</summary>
    public string? DebtType { get; init; }

    /// <summary>OKX's <c>repayData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<RepayAmount>? RepayData { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (one click repay result).</summary>
public sealed record OneClickRepayResult
{
    /// <summary>OKX's <c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>OKX's <c>debtCcy</c>.</summary>
    public string? DebtCcy { get; init; }

    /// <summary>OKX's <c>repayCcy</c>.</summary>
    public string? RepayCcy { get; init; }

    /// <summary>OKX's <c>fillDebtSz</c>.</summary>
    public decimal? FillDebtSz { get; init; }

    /// <summary>OKX's <c>fillRepaySz</c>.</summary>
    public decimal? FillRepaySz { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (one click repay v2 ack).</summary>
public sealed record OneClickRepayV2Ack
{
    /// <summary>OKX's <c>debtCcy</c>.</summary>
    public string? DebtCcy { get; init; }

    /// <summary>OKX's <c>repayCcyList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? RepayCcyList { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (repay order info).</summary>
public sealed record RepayOrderInfo
{
    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>fillPx</c>.</summary>
    public decimal? FillPx { get; init; }

    /// <summary>OKX's <c>fillSz</c>.</summary>
    public decimal? FillSz { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (one click repay v2 record).</summary>
public sealed record OneClickRepayV2Record
{
    /// <summary>OKX's <c>debtCcy</c>.</summary>
    public string? DebtCcy { get; init; }

    /// <summary>OKX's <c>repayCcyList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? RepayCcyList { get; init; }

    /// <summary>OKX's <c>fillDebtSz</c>.</summary>
    public decimal? FillDebtSz { get; init; }

    /// <summary>OKX's <c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>OKX's <c>ordIdInfo</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<RepayOrderInfo>? OrdIdInfo { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (mass cancel result).</summary>
public sealed record MassCancelResult
{
    /// <summary>OKX's <c>result</c>.</summary>
    public bool? Result { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (cancel all after result).</summary>
public sealed record CancelAllAfterResult
{
    /// <summary>OKX's <c>triggerTime</c>.</summary>
    public string? TriggerTime { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public string? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account rate limit).</summary>
public sealed record AccountRateLimit
{
    /// <summary>OKX's <c>fillRatio</c>.</summary>
    public decimal? FillRatio { get; init; }

    /// <summary>OKX's <c>mainFillRatio</c>.</summary>
    public decimal? MainFillRatio { get; init; }

    /// <summary>OKX's <c>accRateLimit</c>.</summary>
    public int? AccRateLimit { get; init; }

    /// <summary>OKX's <c>nextAccRateLimit</c>.</summary>
    public int? NextAccRateLimit { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (order precheck).</summary>
public sealed record OrderPrecheck
{
    /// <summary>OKX's <c>adjEq</c>.</summary>
    public decimal? AdjEq { get; init; }

    /// <summary>OKX's <c>adjEqChg</c>.</summary>
    public decimal? AdjEqChg { get; init; }

    /// <summary>OKX's <c>imr</c>.</summary>
    public decimal? Imr { get; init; }

    /// <summary>OKX's <c>imrChg</c>.</summary>
    public decimal? ImrChg { get; init; }

    /// <summary>OKX's <c>mmr</c>.</summary>
    public decimal? Mmr { get; init; }

    /// <summary>OKX's <c>mmrChg</c>.</summary>
    public decimal? MmrChg { get; init; }

    /// <summary>OKX's <c>mgnRatio</c>.</summary>
    public decimal? MgnRatio { get; init; }

    /// <summary>OKX's <c>mgnRatioChg</c>.</summary>
    public decimal? MgnRatioChg { get; init; }

    /// <summary>OKX's <c>availBal</c>.</summary>
    public decimal? AvailBal { get; init; }

    /// <summary>OKX's <c>availBalChg</c>.</summary>
    public decimal? AvailBalChg { get; init; }

    /// <summary>OKX's <c>liqPx</c>.</summary>
    public decimal? LiqPx { get; init; }

    /// <summary>OKX's <c>liqPxDiff</c>.</summary>
    public decimal? LiqPxDiff { get; init; }

    /// <summary>OKX's <c>liqPxDiffRatio</c>.</summary>
    public decimal? LiqPxDiffRatio { get; init; }

    /// <summary>OKX's <c>posBal</c>.</summary>
    public decimal? PosBal { get; init; }

    /// <summary>OKX's <c>posBalChg</c>.</summary>
    public decimal? PosBalChg { get; init; }

    /// <summary>OKX's <c>liab</c>.</summary>
    public decimal? Liab { get; init; }

    /// <summary>OKX's <c>liabChg</c>.</summary>
    public decimal? LiabChg { get; init; }

    /// <summary>OKX's <c>liabChgCcy</c>.</summary>
    public string? LiabChgCcy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (algo order ack).</summary>
public sealed record AlgoOrderAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>sCode</c>.</summary>
    public string? SCode { get; init; }

    /// <summary>OKX's <c>sMsg</c>.</summary>
    public string? SMsg { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (amend algo ack).</summary>
public sealed record AmendAlgoAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>reqId</c>.</summary>
    public string? ReqId { get; init; }

    /// <summary>OKX's <c>sCode</c>.</summary>
    public string? SCode { get; init; }

    /// <summary>OKX's <c>sMsg</c>.</summary>
    public string? SMsg { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (iceberg trigger info).</summary>
public sealed record IcebergTriggerInfo
{
    /// <summary>OKX's <c>triggerAction</c>.</summary>
    public string? TriggerAction { get; init; }

    /// <summary>OKX's <c>triggerStrategy</c>.</summary>
    public string? TriggerStrategy { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>triggerCond</c>.</summary>
    public string? TriggerCond { get; init; }

    /// <summary>OKX's <c>timeframe</c>.</summary>
    public string? Timeframe { get; init; }

    /// <summary>OKX's <c>thold</c>.</summary>
    public string? Thold { get; init; }

    /// <summary>OKX's <c>timePeriod</c>.</summary>
    public string? TimePeriod { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (algo attached info).</summary>
public sealed record AlgoAttachedInfo
{
    /// <summary>OKX's <c>attachAlgoClOrdId</c>.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerRatio</c>.</summary>
    public decimal? TpTriggerRatio { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerRatio</c>.</summary>
    public decimal? SlTriggerRatio { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (linked order).</summary>
public sealed record LinkedOrder
{
    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (algo order).</summary>
public sealed record AlgoOrder
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>ordIdList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? OrdIdList { get; init; }

    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>closeFraction</c>.</summary>
    public decimal? CloseFraction { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>tdMode</c>.</summary>
    public string? TdMode { get; init; }

    /// <summary>OKX's <c>tgtCcy</c>.</summary>
    public string? TgtCcy { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>triggerPxType</c>.</summary>
    public string? TriggerPxType { get; init; }

    /// <summary>OKX's <c>ordPx</c>.</summary>
    public decimal? OrdPx { get; init; }

    /// <summary>OKX's <c>advanceOrdType</c>.</summary>
    public string? AdvanceOrdType { get; init; }

    /// <summary>OKX's <c>actualSz</c>.</summary>
    public decimal? ActualSz { get; init; }

    /// <summary>OKX's <c>actualPx</c>.</summary>
    public decimal? ActualPx { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>actualSide</c>.</summary>
    public string? ActualSide { get; init; }

    /// <summary>OKX's <c>triggerTime</c>.</summary>
    public global::System.DateTimeOffset? TriggerTime { get; init; }

    /// <summary>OKX's <c>pxVar</c>.</summary>
    public decimal? PxVar { get; init; }

    /// <summary>OKX's <c>pxSpread</c>.</summary>
    public decimal? PxSpread { get; init; }

    /// <summary>OKX's <c>szLimit</c>.</summary>
    public decimal? SzLimit { get; init; }

    /// <summary>OKX's <c>pxLimit</c>.</summary>
    public decimal? PxLimit { get; init; }

    /// <summary>OKX's <c>lmtOrderNumber</c>.</summary>
    public string? LmtOrderNumber { get; init; }

    /// <summary>OKX's <c>aggressiveness</c>.</summary>
    public string? Aggressiveness { get; init; }

    /// <summary>OKX's <c>triggerParams</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<IcebergTriggerInfo>? TriggerParams { get; init; }

    /// <summary>OKX's <c>timeInterval</c>.</summary>
    public string? TimeInterval { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }

    /// <summary>OKX's <c>moveTriggerPx</c>.</summary>
    public decimal? MoveTriggerPx { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>quickMgnType</c>.</summary>
    public string? QuickMgnType { get; init; }

    /// <summary>OKX's <c>last</c>.</summary>
    public decimal? Last { get; init; }

    /// <summary>OKX's <c>failCode</c>.</summary>
    public string? FailCode { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>amendPxOnTriggerType</c>.</summary>
    public string? AmendPxOnTriggerType { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AlgoAttachedInfo>? AttachAlgoOrds { get; init; }

    /// <summary>OKX's <c>linkedOrd</c>.</summary>
    public LinkedOrder? LinkedOrd { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>isTradeBorrowMode</c>.</summary>
    public bool? IsTradeBorrowMode { get; init; }

    /// <summary>OKX's <c>chaseType</c>.</summary>
    public string? ChaseType { get; init; }

    /// <summary>OKX's <c>chaseVal</c>.</summary>
    public decimal? ChaseVal { get; init; }

    /// <summary>OKX's <c>maxChaseType</c>.</summary>
    public string? MaxChaseType { get; init; }

    /// <summary>OKX's <c>maxChaseVal</c>.</summary>
    public decimal? MaxChaseVal { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }
}
