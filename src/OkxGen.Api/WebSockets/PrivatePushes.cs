// Hand-written from OKX's channel pages (qiuham/crypto-api-docs docs/okx/order/book/trading-trade-ws-order-channel.md and
// docs/okx/trading/account/websocket-*-channel.md): the push records of the private channels, each field as the page lists it.

using OkxGen.Api.Account;
using OkxGen.Api.Trade;

namespace OkxGen.Api.WebSockets;

/// <summary>An item of an <c>orders</c> push (WS / Order channel). Its fill fields (<c>fillPx</c>, <c>fillSz</c>, <c>tradeId</c>...) describe the fill of this update, not the order's history as in the REST order details.</summary>
public sealed record OrderPush
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

    /// <summary>OKX's <c>notionalUsd</c>.</summary>
    public decimal? NotionalUsd { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>tdMode</c>.</summary>
    public string? TdMode { get; init; }

    /// <summary>OKX's <c>fillPx</c>.</summary>
    public decimal? FillPx { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>fillSz</c>.</summary>
    public decimal? FillSz { get; init; }

    /// <summary>OKX's <c>fillPnl</c>.</summary>
    public decimal? FillPnl { get; init; }

    /// <summary>OKX's <c>fillTime</c>.</summary>
    public global::System.DateTimeOffset? FillTime { get; init; }

    /// <summary>OKX's <c>fillFee</c>.</summary>
    public decimal? FillFee { get; init; }

    /// <summary>OKX's <c>fillFeeCcy</c>.</summary>
    public string? FillFeeCcy { get; init; }

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

    /// <summary>OKX's <c>fillIdxPx</c>.</summary>
    public decimal? FillIdxPx { get; init; }

    /// <summary>OKX's <c>execType</c>.</summary>
    public string? ExecType { get; init; }

    /// <summary>OKX's <c>accFillSz</c>.</summary>
    public decimal? AccFillSz { get; init; }

    /// <summary>OKX's <c>fillNotionalUsd</c>.</summary>
    public decimal? FillNotionalUsd { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

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
    public global::System.Collections.Generic.IReadOnlyList<OrderPushAttachedAlgoOrder>? AttachAlgoOrds { get; init; }

    /// <summary>OKX's <c>linkedAlgoOrd</c>.</summary>
    public LinkedAlgoOrder? LinkedAlgoOrd { get; init; }

    /// <summary>OKX's <c>stpId</c>. Deprecated by OKX.</summary>
    public string? StpId { get; init; }

    /// <summary>OKX's <c>stpMode</c>.</summary>
    public string? StpMode { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>rebateCcy</c>.</summary>
    public string? RebateCcy { get; init; }

    /// <summary>OKX's <c>rebate</c>.</summary>
    public decimal? Rebate { get; init; }

    /// <summary>OKX's <c>pnl</c>.</summary>
    public decimal? Pnl { get; init; }

    /// <summary>OKX's <c>source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>OKX's <c>cancelSource</c>.</summary>
    public string? CancelSource { get; init; }

    /// <summary>OKX's <c>amendSource</c>.</summary>
    public string? AmendSource { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>OKX's <c>isTpLimit</c>.</summary>
    public bool? IsTpLimit { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>reqId</c>.</summary>
    public string? ReqId { get; init; }

    /// <summary>OKX's <c>amendResult</c>.</summary>
    public string? AmendResult { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>quickMgnType</c>. Deprecated by OKX.</summary>
    public string? QuickMgnType { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>lastPx</c>.</summary>
    public decimal? LastPx { get; init; }

    /// <summary>OKX's <c>code</c>.</summary>
    public string? Code { get; init; }

    /// <summary>OKX's <c>msg</c>.</summary>
    public string? Msg { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>outcome</c>.</summary>
    public string? Outcome { get; init; }
}

/// <summary>An item of an <c>orders</c> push's <c>attachAlgoOrds</c>: an attached TP/SL or trailing stop order.</summary>
public sealed record OrderPushAttachedAlgoOrder
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
}

/// <summary>An item of a <c>positions</c> push (Positions channel).</summary>
public sealed record PositionPush
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>posId</c>.</summary>
    public string? PosId { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>pos</c>.</summary>
    public decimal? Pos { get; init; }

    /// <summary>OKX's <c>hedgedPos</c>.</summary>
    public decimal? HedgedPos { get; init; }

    /// <summary>OKX's <c>baseBal</c>. Deprecated by OKX.</summary>
    public decimal? BaseBal { get; init; }

    /// <summary>OKX's <c>quoteBal</c>. Deprecated by OKX.</summary>
    public decimal? QuoteBal { get; init; }

    /// <summary>OKX's <c>baseBorrowed</c>. Deprecated by OKX.</summary>
    public decimal? BaseBorrowed { get; init; }

    /// <summary>OKX's <c>baseInterest</c>. Deprecated by OKX.</summary>
    public decimal? BaseInterest { get; init; }

    /// <summary>OKX's <c>quoteBorrowed</c>. Deprecated by OKX.</summary>
    public decimal? QuoteBorrowed { get; init; }

    /// <summary>OKX's <c>quoteInterest</c>. Deprecated by OKX.</summary>
    public decimal? QuoteInterest { get; init; }

    /// <summary>OKX's <c>posCcy</c>.</summary>
    public string? PosCcy { get; init; }

    /// <summary>OKX's <c>availPos</c>.</summary>
    public decimal? AvailPos { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>upl</c>.</summary>
    public decimal? Upl { get; init; }

    /// <summary>OKX's <c>uplRatio</c>.</summary>
    public decimal? UplRatio { get; init; }

    /// <summary>OKX's <c>uplLastPx</c>.</summary>
    public decimal? UplLastPx { get; init; }

    /// <summary>OKX's <c>uplRatioLastPx</c>.</summary>
    public decimal? UplRatioLastPx { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>liqPx</c>.</summary>
    public decimal? LiqPx { get; init; }

    /// <summary>OKX's <c>markPx</c>.</summary>
    public decimal? MarkPx { get; init; }

    /// <summary>OKX's <c>imr</c>.</summary>
    public decimal? Imr { get; init; }

    /// <summary>OKX's <c>margin</c>.</summary>
    public decimal? Margin { get; init; }

    /// <summary>OKX's <c>mgnRatio</c>.</summary>
    public decimal? MgnRatio { get; init; }

    /// <summary>OKX's <c>mmr</c>.</summary>
    public decimal? Mmr { get; init; }

    /// <summary>OKX's <c>liab</c>.</summary>
    public decimal? Liab { get; init; }

    /// <summary>OKX's <c>liabCcy</c>.</summary>
    public string? LiabCcy { get; init; }

    /// <summary>OKX's <c>interest</c>.</summary>
    public decimal? Interest { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>notionalUsd</c>.</summary>
    public decimal? NotionalUsd { get; init; }

    /// <summary>OKX's <c>optVal</c>.</summary>
    public decimal? OptVal { get; init; }

    /// <summary>OKX's <c>pendingCloseOrdLiabVal</c>.</summary>
    public decimal? PendingCloseOrdLiabVal { get; init; }

    /// <summary>OKX's <c>adl</c>.</summary>
    public string? Adl { get; init; }

    /// <summary>OKX's <c>bizRefId</c>.</summary>
    public string? BizRefId { get; init; }

    /// <summary>OKX's <c>bizRefType</c>.</summary>
    public string? BizRefType { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>last</c>.</summary>
    public decimal? Last { get; init; }

    /// <summary>OKX's <c>idxPx</c>.</summary>
    public decimal? IdxPx { get; init; }

    /// <summary>OKX's <c>usdPx</c>.</summary>
    public decimal? UsdPx { get; init; }

    /// <summary>OKX's <c>bePx</c>.</summary>
    public decimal? BePx { get; init; }

    /// <summary>OKX's <c>deltaBS</c>.</summary>
    public decimal? DeltaBS { get; init; }

    /// <summary>OKX's <c>deltaPA</c>.</summary>
    public decimal? DeltaPA { get; init; }

    /// <summary>OKX's <c>gammaBS</c>.</summary>
    public decimal? GammaBS { get; init; }

    /// <summary>OKX's <c>gammaPA</c>.</summary>
    public decimal? GammaPA { get; init; }

    /// <summary>OKX's <c>thetaBS</c>.</summary>
    public decimal? ThetaBS { get; init; }

    /// <summary>OKX's <c>thetaPA</c>.</summary>
    public decimal? ThetaPA { get; init; }

    /// <summary>OKX's <c>vegaBS</c>.</summary>
    public decimal? VegaBS { get; init; }

    /// <summary>OKX's <c>vegaPA</c>.</summary>
    public decimal? VegaPA { get; init; }

    /// <summary>OKX's <c>spotInUseAmt</c>.</summary>
    public decimal? SpotInUseAmt { get; init; }

    /// <summary>OKX's <c>spotInUseCcy</c>.</summary>
    public string? SpotInUseCcy { get; init; }

    /// <summary>OKX's <c>clSpotInUseAmt</c>.</summary>
    public decimal? ClSpotInUseAmt { get; init; }

    /// <summary>OKX's <c>maxSpotInUseAmt</c>.</summary>
    public decimal? MaxSpotInUseAmt { get; init; }

    /// <summary>OKX's <c>realizedPnl</c>.</summary>
    public decimal? RealizedPnl { get; init; }

    /// <summary>OKX's <c>pnl</c>.</summary>
    public decimal? Pnl { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>fundingFee</c>.</summary>
    public decimal? FundingFee { get; init; }

    /// <summary>OKX's <c>liqPenalty</c>.</summary>
    public decimal? LiqPenalty { get; init; }

    /// <summary>OKX's <c>closeOrderAlgo</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<CloseOrderAlgo>? CloseOrderAlgo { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>pTime</c>.</summary>
    public global::System.DateTimeOffset? PTime { get; init; }

    /// <summary>OKX's <c>nonSettleAvgPx</c>.</summary>
    public decimal? NonSettleAvgPx { get; init; }

    /// <summary>OKX's <c>settledPnl</c>.</summary>
    public decimal? SettledPnl { get; init; }
}

/// <summary>An item of an <c>account</c> push (Account channel).</summary>
public sealed record AccountPush
{
    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>totalEq</c>.</summary>
    public decimal? TotalEq { get; init; }

    /// <summary>OKX's <c>isoEq</c>.</summary>
    public decimal? IsoEq { get; init; }

    /// <summary>OKX's <c>adjEq</c>.</summary>
    public decimal? AdjEq { get; init; }

    /// <summary>OKX's <c>availEq</c>.</summary>
    public decimal? AvailEq { get; init; }

    /// <summary>OKX's <c>ordFroz</c>.</summary>
    public decimal? OrdFroz { get; init; }

    /// <summary>OKX's <c>imr</c>.</summary>
    public decimal? Imr { get; init; }

    /// <summary>OKX's <c>mmr</c>.</summary>
    public decimal? Mmr { get; init; }

    /// <summary>OKX's <c>borrowFroz</c>.</summary>
    public decimal? BorrowFroz { get; init; }

    /// <summary>OKX's <c>mgnRatio</c>.</summary>
    public decimal? MgnRatio { get; init; }

    /// <summary>OKX's <c>notionalUsd</c>.</summary>
    public decimal? NotionalUsd { get; init; }

    /// <summary>OKX's <c>notionalUsdForBorrow</c>.</summary>
    public decimal? NotionalUsdForBorrow { get; init; }

    /// <summary>OKX's <c>notionalUsdForSwap</c>.</summary>
    public decimal? NotionalUsdForSwap { get; init; }

    /// <summary>OKX's <c>notionalUsdForFutures</c>.</summary>
    public decimal? NotionalUsdForFutures { get; init; }

    /// <summary>OKX's <c>notionalUsdForOption</c>.</summary>
    public decimal? NotionalUsdForOption { get; init; }

    /// <summary>OKX's <c>upl</c>.</summary>
    public decimal? Upl { get; init; }

    /// <summary>OKX's <c>delta</c>.</summary>
    public decimal? Delta { get; init; }

    /// <summary>OKX's <c>deltaLever</c>.</summary>
    public decimal? DeltaLever { get; init; }

    /// <summary>OKX's <c>deltaNeutralStatus</c>.</summary>
    public string? DeltaNeutralStatus { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AccountPushDetail>? Details { get; init; }
}

/// <summary>An item of an <c>account</c> push's <c>details</c>: one currency.</summary>
public sealed record AccountPushDetail
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>eq</c>.</summary>
    public decimal? Eq { get; init; }

    /// <summary>OKX's <c>cashBal</c>.</summary>
    public decimal? CashBal { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>isoEq</c>.</summary>
    public decimal? IsoEq { get; init; }

    /// <summary>OKX's <c>availEq</c>.</summary>
    public decimal? AvailEq { get; init; }

    /// <summary>OKX's <c>disEq</c>.</summary>
    public decimal? DisEq { get; init; }

    /// <summary>OKX's <c>fixedBal</c>.</summary>
    public decimal? FixedBal { get; init; }

    /// <summary>OKX's <c>availBal</c>.</summary>
    public decimal? AvailBal { get; init; }

    /// <summary>OKX's <c>frozenBal</c>.</summary>
    public decimal? FrozenBal { get; init; }

    /// <summary>OKX's <c>ordFrozen</c>.</summary>
    public decimal? OrdFrozen { get; init; }

    /// <summary>OKX's <c>liab</c>.</summary>
    public decimal? Liab { get; init; }

    /// <summary>OKX's <c>upl</c>.</summary>
    public decimal? Upl { get; init; }

    /// <summary>OKX's <c>uplLiab</c>.</summary>
    public decimal? UplLiab { get; init; }

    /// <summary>OKX's <c>crossLiab</c>.</summary>
    public decimal? CrossLiab { get; init; }

    /// <summary>OKX's <c>isoLiab</c>.</summary>
    public decimal? IsoLiab { get; init; }

    /// <summary>OKX's <c>rewardBal</c>.</summary>
    public decimal? RewardBal { get; init; }

    /// <summary>OKX's <c>mgnRatio</c>.</summary>
    public decimal? MgnRatio { get; init; }

    /// <summary>OKX's <c>imr</c>.</summary>
    public decimal? Imr { get; init; }

    /// <summary>OKX's <c>mmr</c>.</summary>
    public decimal? Mmr { get; init; }

    /// <summary>OKX's <c>interest</c>.</summary>
    public decimal? Interest { get; init; }

    /// <summary>OKX's <c>twap</c>.</summary>
    public string? Twap { get; init; }

    /// <summary>OKX's <c>frpType</c>.</summary>
    public string? FrpType { get; init; }

    /// <summary>OKX's <c>maxLoan</c>.</summary>
    public decimal? MaxLoan { get; init; }

    /// <summary>OKX's <c>eqUsd</c>.</summary>
    public decimal? EqUsd { get; init; }

    /// <summary>OKX's <c>borrowFroz</c>.</summary>
    public decimal? BorrowFroz { get; init; }

    /// <summary>OKX's <c>notionalLever</c>.</summary>
    public decimal? NotionalLever { get; init; }

    /// <summary>OKX's <c>coinUsdPrice</c>.</summary>
    public decimal? CoinUsdPrice { get; init; }

    /// <summary>OKX's <c>stgyEq</c>.</summary>
    public decimal? StgyEq { get; init; }

    /// <summary>OKX's <c>isoUpl</c>.</summary>
    public decimal? IsoUpl { get; init; }

    /// <summary>OKX's <c>spotInUseAmt</c>.</summary>
    public decimal? SpotInUseAmt { get; init; }

    /// <summary>OKX's <c>clSpotInUseAmt</c>.</summary>
    public decimal? ClSpotInUseAmt { get; init; }

    /// <summary>OKX's <c>maxSpotInUseAmt</c>.</summary>
    public decimal? MaxSpotInUseAmt { get; init; }

    /// <summary>OKX's <c>spotIsoBal</c>.</summary>
    public decimal? SpotIsoBal { get; init; }

    /// <summary>OKX's <c>smtSyncEq</c>.</summary>
    public decimal? SmtSyncEq { get; init; }

    /// <summary>OKX's <c>spotCopyTradingEq</c>.</summary>
    public decimal? SpotCopyTradingEq { get; init; }

    /// <summary>OKX's <c>spotBal</c>.</summary>
    public decimal? SpotBal { get; init; }

    /// <summary>OKX's <c>openAvgPx</c>.</summary>
    public decimal? OpenAvgPx { get; init; }

    /// <summary>OKX's <c>accAvgPx</c>.</summary>
    public decimal? AccAvgPx { get; init; }

    /// <summary>OKX's <c>spotUpl</c>.</summary>
    public decimal? SpotUpl { get; init; }

    /// <summary>OKX's <c>spotUplRatio</c>.</summary>
    public decimal? SpotUplRatio { get; init; }

    /// <summary>OKX's <c>totalPnl</c>.</summary>
    public decimal? TotalPnl { get; init; }

    /// <summary>OKX's <c>totalPnlRatio</c>.</summary>
    public decimal? TotalPnlRatio { get; init; }

    /// <summary>OKX's <c>colRes</c>.</summary>
    public string? ColRes { get; init; }

    /// <summary>OKX's <c>colBorrAutoConversion</c>.</summary>
    public string? ColBorrAutoConversion { get; init; }

    /// <summary>OKX's <c>collateralRestrict</c>. Deprecated by OKX.</summary>
    public bool? CollateralRestrict { get; init; }

    /// <summary>OKX's <c>collateralEnabled</c>.</summary>
    public bool? CollateralEnabled { get; init; }

    /// <summary>OKX's <c>autoLendStatus</c>.</summary>
    public string? AutoLendStatus { get; init; }

    /// <summary>OKX's <c>autoLendMtAmt</c>.</summary>
    public decimal? AutoLendMtAmt { get; init; }
}

/// <summary>An item of a <c>balance_and_position</c> push (Balance and position channel).</summary>
public sealed record BalanceAndPositionPush
{
    /// <summary>OKX's <c>pTime</c>.</summary>
    public global::System.DateTimeOffset? PTime { get; init; }

    /// <summary>OKX's <c>eventType</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>OKX's <c>balData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<BalanceAndPositionBalance>? BalData { get; init; }

    /// <summary>OKX's <c>posData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<BalanceAndPositionPosition>? PosData { get; init; }

    /// <summary>OKX's <c>trades</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<BalanceAndPositionTrade>? Trades { get; init; }
}

/// <summary>An item of a <c>balance_and_position</c> push's <c>balData</c>.</summary>
public sealed record BalanceAndPositionBalance
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>cashBal</c>.</summary>
    public decimal? CashBal { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }
}

/// <summary>An item of a <c>balance_and_position</c> push's <c>posData</c>.</summary>
public sealed record BalanceAndPositionPosition
{
    /// <summary>OKX's <c>posId</c>.</summary>
    public string? PosId { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>pos</c>.</summary>
    public decimal? Pos { get; init; }

    /// <summary>OKX's <c>baseBal</c>. Deprecated by OKX.</summary>
    public decimal? BaseBal { get; init; }

    /// <summary>OKX's <c>quoteBal</c>. Deprecated by OKX.</summary>
    public decimal? QuoteBal { get; init; }

    /// <summary>OKX's <c>posCcy</c>.</summary>
    public string? PosCcy { get; init; }

    /// <summary>OKX's <c>nonSettleAvgPx</c>.</summary>
    public decimal? NonSettleAvgPx { get; init; }

    /// <summary>OKX's <c>settledPnl</c>.</summary>
    public decimal? SettledPnl { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }
}

/// <summary>An item of a <c>balance_and_position</c> push's <c>trades</c>.</summary>
public sealed record BalanceAndPositionTrade
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }
}
