// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Account;

/// <summary>An item of OKX's <c>data</c> array (account instrument).</summary>
public sealed record AccountInstrument
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>seriesId</c>.</summary>
    public string? SeriesId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>groupId</c>.</summary>
    public string? GroupId { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>baseCcy</c>.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>settleCcy</c>.</summary>
    public string? SettleCcy { get; init; }

    /// <summary>OKX's <c>ctVal</c>.</summary>
    public decimal? CtVal { get; init; }

    /// <summary>OKX's <c>ctMult</c>.</summary>
    public decimal? CtMult { get; init; }

    /// <summary>OKX's <c>ctValCcy</c>.</summary>
    public string? CtValCcy { get; init; }

    /// <summary>OKX's <c>optType</c>.</summary>
    public string? OptType { get; init; }

    /// <summary>OKX's <c>stk</c>.</summary>
    public decimal? Stk { get; init; }

    /// <summary>OKX's <c>listTime</c>.</summary>
    public global::System.DateTimeOffset? ListTime { get; init; }

    /// <summary>OKX's <c>auctionEndTime</c>.</summary>
    public string? AuctionEndTime { get; init; }

    /// <summary>OKX's <c>contTdSwTime</c>.</summary>
    public global::System.DateTimeOffset? ContTdSwTime { get; init; }

    /// <summary>OKX's <c>preMktSwTime</c>.</summary>
    public global::System.DateTimeOffset? PreMktSwTime { get; init; }

    /// <summary>OKX's <c>openType</c>.</summary>
    public string? OpenType { get; init; }

    /// <summary>OKX's <c>elp</c>.</summary>
    public string? Elp { get; init; }

    /// <summary>OKX's <c>expTime</c>.</summary>
    public global::System.DateTimeOffset? ExpTime { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>tickSz</c>.</summary>
    public decimal? TickSz { get; init; }

    /// <summary>OKX's <c>lotSz</c>.</summary>
    public decimal? LotSz { get; init; }

    /// <summary>OKX's <c>minSz</c>.</summary>
    public decimal? MinSz { get; init; }

    /// <summary>OKX's <c>ctType</c>.</summary>
    public string? CtType { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>ruleType</c>.</summary>
    public string? RuleType { get; init; }

    /// <summary>OKX's <c>posLmtAmt</c>.</summary>
    public decimal? PosLmtAmt { get; init; }

    /// <summary>OKX's <c>posLmtPct</c>.</summary>
    public decimal? PosLmtPct { get; init; }

    /// <summary>OKX's <c>maxPlatOILmt</c>.</summary>
    public decimal? MaxPlatOILmt { get; init; }

    /// <summary>OKX's <c>maxPlatOICoinLmt</c>.</summary>
    public decimal? MaxPlatOICoinLmt { get; init; }

    /// <summary>OKX's <c>maxLmtSz</c>.</summary>
    public decimal? MaxLmtSz { get; init; }

    /// <summary>OKX's <c>maxMktSz</c>.</summary>
    public decimal? MaxMktSz { get; init; }

    /// <summary>OKX's <c>maxLmtAmt</c>.</summary>
    public decimal? MaxLmtAmt { get; init; }

    /// <summary>OKX's <c>maxMktAmt</c>.</summary>
    public decimal? MaxMktAmt { get; init; }

    /// <summary>OKX's <c>maxTwapSz</c>.</summary>
    public decimal? MaxTwapSz { get; init; }

    /// <summary>OKX's <c>maxIcebergSz</c>.</summary>
    public decimal? MaxIcebergSz { get; init; }

    /// <summary>OKX's <c>maxTriggerSz</c>.</summary>
    public decimal? MaxTriggerSz { get; init; }

    /// <summary>OKX's <c>maxStopSz</c>.</summary>
    public decimal? MaxStopSz { get; init; }

    /// <summary>OKX's <c>futureSettlement</c>.</summary>
    public bool? FutureSettlement { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcyList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? TradeQuoteCcyList { get; init; }

    /// <summary>OKX's <c>instIdCode</c>.</summary>
    public long? InstIdCode { get; init; }

    /// <summary>OKX's <c>instCategory</c>.</summary>
    public string? InstCategory { get; init; }

    /// <summary>OKX's <c>upcChg</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AccountUpcomingChange>? UpcChg { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account upcoming change).</summary>
public sealed record AccountUpcomingChange
{
    /// <summary>OKX's <c>param</c>.</summary>
    public string? Param { get; init; }

    /// <summary>OKX's <c>newValue</c>.</summary>
    public string? NewValue { get; init; }

    /// <summary>OKX's <c>effTime</c>.</summary>
    public global::System.DateTimeOffset? EffTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (balance detail).</summary>
public sealed record BalanceDetail
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

    /// <summary>OKX's <c>rewardBal</c>.</summary>
    public decimal? RewardBal { get; init; }

    /// <summary>OKX's <c>isoLiab</c>.</summary>
    public decimal? IsoLiab { get; init; }

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

    /// <summary>OKX's <c>stgyEq</c>.</summary>
    public decimal? StgyEq { get; init; }

    /// <summary>OKX's <c>isoUpl</c>.</summary>
    public decimal? IsoUpl { get; init; }

    /// <summary>OKX's <c>spotInUseAmt</c>.</summary>
    public decimal? SpotInUseAmt { get; init; }

    /// <summary>OKX's <c>clSpotInUseAmt</c>.</summary>
    public decimal? ClSpotInUseAmt { get; init; }

    /// <summary>OKX's <c>maxSpotInUse</c>.</summary>
    public decimal? MaxSpotInUse { get; init; }

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

    /// <summary>OKX's <c>collateralRestrict</c>.</summary>
    public bool? CollateralRestrict { get; init; }

    /// <summary>OKX's <c>collateralEnabled</c>.</summary>
    public bool? CollateralEnabled { get; init; }

    /// <summary>OKX's <c>autoLendStatus</c>.</summary>
    public string? AutoLendStatus { get; init; }

    /// <summary>OKX's <c>autoLendMtAmt</c>.</summary>
    public decimal? AutoLendMtAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account balance).</summary>
public sealed record AccountBalance
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
    public global::System.Collections.Generic.IReadOnlyList<BalanceDetail>? Details { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (close order algo).</summary>
public sealed record CloseOrderAlgo
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>closeFraction</c>.</summary>
    public decimal? CloseFraction { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (position).</summary>
public sealed record Position
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

    /// <summary>OKX's <c>baseBal</c>.</summary>
    public decimal? BaseBal { get; init; }

    /// <summary>OKX's <c>quoteBal</c>.</summary>
    public decimal? QuoteBal { get; init; }

    /// <summary>OKX's <c>baseBorrowed</c>.</summary>
    public decimal? BaseBorrowed { get; init; }

    /// <summary>OKX's <c>baseInterest</c>.</summary>
    public decimal? BaseInterest { get; init; }

    /// <summary>OKX's <c>quoteBorrowed</c>.</summary>
    public decimal? QuoteBorrowed { get; init; }

    /// <summary>OKX's <c>quoteInterest</c>.</summary>
    public decimal? QuoteInterest { get; init; }

    /// <summary>OKX's <c>posCcy</c>.</summary>
    public string? PosCcy { get; init; }

    /// <summary>OKX's <c>availPos</c>.</summary>
    public decimal? AvailPos { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>nonSettleAvgPx</c>.</summary>
    public decimal? NonSettleAvgPx { get; init; }

    /// <summary>OKX's <c>markPx</c>.</summary>
    public decimal? MarkPx { get; init; }

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

    /// <summary>OKX's <c>optVal</c>.</summary>
    public decimal? OptVal { get; init; }

    /// <summary>OKX's <c>pendingCloseOrdLiabVal</c>.</summary>
    public decimal? PendingCloseOrdLiabVal { get; init; }

    /// <summary>OKX's <c>notionalUsd</c>.</summary>
    public decimal? NotionalUsd { get; init; }

    /// <summary>OKX's <c>adl</c>.</summary>
    public string? Adl { get; init; }

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

    /// <summary>OKX's <c>bizRefId</c>.</summary>
    public string? BizRefId { get; init; }

    /// <summary>OKX's <c>bizRefType</c>.</summary>
    public string? BizRefType { get; init; }

    /// <summary>OKX's <c>realizedPnl</c>.</summary>
    public decimal? RealizedPnl { get; init; }

    /// <summary>OKX's <c>settledPnl</c>.</summary>
    public decimal? SettledPnl { get; init; }

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
}

/// <summary>An item of OKX's <c>data</c> array (position history).</summary>
public sealed record PositionHistory
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>openAvgPx</c>.</summary>
    public decimal? OpenAvgPx { get; init; }

    /// <summary>OKX's <c>nonSettleAvgPx</c>.</summary>
    public decimal? NonSettleAvgPx { get; init; }

    /// <summary>OKX's <c>closeAvgPx</c>.</summary>
    public decimal? CloseAvgPx { get; init; }

    /// <summary>OKX's <c>posId</c>.</summary>
    public string? PosId { get; init; }

    /// <summary>OKX's <c>openMaxPos</c>.</summary>
    public decimal? OpenMaxPos { get; init; }

    /// <summary>OKX's <c>closeTotalPos</c>.</summary>
    public decimal? CloseTotalPos { get; init; }

    /// <summary>OKX's <c>realizedPnl</c>.</summary>
    public decimal? RealizedPnl { get; init; }

    /// <summary>OKX's <c>settledPnl</c>.</summary>
    public decimal? SettledPnl { get; init; }

    /// <summary>OKX's <c>pnlRatio</c>.</summary>
    public decimal? PnlRatio { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>fundingFee</c>.</summary>
    public decimal? FundingFee { get; init; }

    /// <summary>OKX's <c>liqPenalty</c>.</summary>
    public decimal? LiqPenalty { get; init; }

    /// <summary>OKX's <c>pnl</c>.</summary>
    public decimal? Pnl { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>direction</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (risk balance).</summary>
public sealed record RiskBalance
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>eq</c>.</summary>
    public decimal? Eq { get; init; }

    /// <summary>OKX's <c>disEq</c>.</summary>
    public decimal? DisEq { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (risk position).</summary>
public sealed record RiskPosition
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>posId</c>.</summary>
    public string? PosId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>pos</c>.</summary>
    public decimal? Pos { get; init; }

    /// <summary>OKX's <c>baseBal</c>.</summary>
    public decimal? BaseBal { get; init; }

    /// <summary>OKX's <c>quoteBal</c>.</summary>
    public decimal? QuoteBal { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>posCcy</c>.</summary>
    public string? PosCcy { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>notionalCcy</c>.</summary>
    public decimal? NotionalCcy { get; init; }

    /// <summary>OKX's <c>notionalUsd</c>.</summary>
    public decimal? NotionalUsd { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account position risk).</summary>
public sealed record AccountPositionRisk
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>adjEq</c>.</summary>
    public decimal? AdjEq { get; init; }

    /// <summary>OKX's <c>balData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<RiskBalance>? BalData { get; init; }

    /// <summary>OKX's <c>posData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<RiskPosition>? PosData { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (bill).</summary>
public sealed record Bill
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>billId</c>.</summary>
    public string? BillId { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subType</c>.</summary>
    public string? SubType { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>balChg</c>.</summary>
    public decimal? BalChg { get; init; }

    /// <summary>OKX's <c>posBalChg</c>.</summary>
    public decimal? PosBalChg { get; init; }

    /// <summary>OKX's <c>bal</c>.</summary>
    public decimal? Bal { get; init; }

    /// <summary>OKX's <c>posBal</c>.</summary>
    public decimal? PosBal { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>pnl</c>.</summary>
    public decimal? Pnl { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>earnAmt</c>.</summary>
    public decimal? EarnAmt { get; init; }

    /// <summary>OKX's <c>earnApr</c>.</summary>
    public decimal? EarnApr { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>execType</c>.</summary>
    public string? ExecType { get; init; }

    /// <summary>OKX's <c>from</c>.</summary>
    public string? From { get; init; }

    /// <summary>OKX's <c>to</c>.</summary>
    public string? To { get; init; }

    /// <summary>OKX's <c>notes</c>.</summary>
    public string? Notes { get; init; }

    /// <summary>OKX's <c>interest</c>.</summary>
    public decimal? Interest { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>fillTime</c>.</summary>
    public global::System.DateTimeOffset? FillTime { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>fillIdxPx</c>.</summary>
    public decimal? FillIdxPx { get; init; }

    /// <summary>OKX's <c>fillMarkPx</c>.</summary>
    public decimal? FillMarkPx { get; init; }

    /// <summary>OKX's <c>fillPxVol</c>.</summary>
    public decimal? FillPxVol { get; init; }

    /// <summary>OKX's <c>fillPxUsd</c>.</summary>
    public decimal? FillPxUsd { get; init; }

    /// <summary>OKX's <c>fillMarkVol</c>.</summary>
    public decimal? FillMarkVol { get; init; }

    /// <summary>OKX's <c>fillFwdPx</c>.</summary>
    public decimal? FillFwdPx { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (bills archive application).</summary>
public sealed record BillsArchiveApplication
{
    /// <summary>OKX's <c>result</c>.</summary>
    public bool? Result { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (bills archive file).</summary>
public sealed record BillsArchiveFile
{
    /// <summary>OKX's <c>fileHref</c>.</summary>
    public string? FileHref { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (sub type detail).</summary>
public sealed record SubTypeDetail
{
    /// <summary>OKX's <c>subType</c>.</summary>
    public string? SubType { get; init; }

    /// <summary>OKX's <c>subTypeDesc</c>.</summary>
    public string? SubTypeDesc { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (bill type).</summary>
public sealed record BillType
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>typeDesc</c>.</summary>
    public string? TypeDesc { get; init; }

    /// <summary>OKX's <c>subTypeDetails</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SubTypeDetail>? SubTypeDetails { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account config).</summary>
public sealed record AccountConfig
{
    /// <summary>OKX's <c>uid</c>.</summary>
    public string? Uid { get; init; }

    /// <summary>OKX's <c>mainUid</c>.</summary>
    public string? MainUid { get; init; }

    /// <summary>OKX's <c>acctLv</c>.</summary>
    public string? AcctLv { get; init; }

    /// <summary>OKX's <c>acctStpMode</c>.</summary>
    public string? AcctStpMode { get; init; }

    /// <summary>OKX's <c>posMode</c>.</summary>
    public string? PosMode { get; init; }

    /// <summary>OKX's <c>autoLoan</c>.</summary>
    public bool? AutoLoan { get; init; }

    /// <summary>OKX's <c>greeksType</c>.</summary>
    public string? GreeksType { get; init; }

    /// <summary>OKX's <c>feeType</c>.</summary>
    public string? FeeType { get; init; }

    /// <summary>OKX's <c>level</c>.</summary>
    public string? Level { get; init; }

    /// <summary>OKX's <c>levelTmp</c>.</summary>
    public string? LevelTmp { get; init; }

    /// <summary>OKX's <c>ctIsoMode</c>.</summary>
    public string? CtIsoMode { get; init; }

    /// <summary>OKX's <c>mgnIsoMode</c>.</summary>
    public string? MgnIsoMode { get; init; }

    /// <summary>OKX's <c>spotOffsetType</c>.</summary>
    public string? SpotOffsetType { get; init; }

    /// <summary>OKX's <c>stgyType</c>.</summary>
    public string? StgyType { get; init; }

    /// <summary>OKX's <c>roleType</c>.</summary>
    public string? RoleType { get; init; }

    /// <summary>OKX's <c>traderInsts</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? TraderInsts { get; init; }

    /// <summary>OKX's <c>spotRoleType</c>.</summary>
    public string? SpotRoleType { get; init; }

    /// <summary>OKX's <c>spotTraderInsts</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? SpotTraderInsts { get; init; }

    /// <summary>OKX's <c>opAuth</c>.</summary>
    public string? OpAuth { get; init; }

    /// <summary>OKX's <c>kycLv</c>.</summary>
    public string? KycLv { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>ip</c>.</summary>
    public string? Ip { get; init; }

    /// <summary>OKX's <c>perm</c>.</summary>
    public string? Perm { get; init; }

    /// <summary>OKX's <c>liquidationGear</c>.</summary>
    public string? LiquidationGear { get; init; }

    /// <summary>OKX's <c>enableSpotBorrow</c>.</summary>
    public bool? EnableSpotBorrow { get; init; }

    /// <summary>OKX's <c>spotBorrowAutoRepay</c>.</summary>
    public bool? SpotBorrowAutoRepay { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>settleCcy</c>.</summary>
    public string? SettleCcy { get; init; }

    /// <summary>OKX's <c>settleCcyList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? SettleCcyList { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (position mode result).</summary>
public sealed record PositionModeResult
{
    /// <summary>OKX's <c>posMode</c>.</summary>
    public string? PosMode { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (leverage result).</summary>
public sealed record LeverageResult
{
    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (max order size).</summary>
public sealed record MaxOrderSize
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>maxBuy</c>.</summary>
    public decimal? MaxBuy { get; init; }

    /// <summary>OKX's <c>maxSell</c>.</summary>
    public decimal? MaxSell { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (max available size).</summary>
public sealed record MaxAvailableSize
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>availBuy</c>.</summary>
    public decimal? AvailBuy { get; init; }

    /// <summary>OKX's <c>availSell</c>.</summary>
    public decimal? AvailSell { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (margin adjustment).</summary>
public sealed record MarginAdjustment
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>leverage</c>.</summary>
    public decimal? Leverage { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (leverage info).</summary>
public sealed record LeverageInfo
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (leverage estimate).</summary>
public sealed record LeverageEstimate
{
    /// <summary>OKX's <c>estAvailQuoteTrans</c>.</summary>
    public decimal? EstAvailQuoteTrans { get; init; }

    /// <summary>OKX's <c>estAvailTrans</c>.</summary>
    public decimal? EstAvailTrans { get; init; }

    /// <summary>OKX's <c>estLiqPx</c>.</summary>
    public decimal? EstLiqPx { get; init; }

    /// <summary>OKX's <c>estMgn</c>.</summary>
    public decimal? EstMgn { get; init; }

    /// <summary>OKX's <c>estQuoteMgn</c>.</summary>
    public decimal? EstQuoteMgn { get; init; }

    /// <summary>OKX's <c>estMaxAmt</c>.</summary>
    public decimal? EstMaxAmt { get; init; }

    /// <summary>OKX's <c>estQuoteMaxAmt</c>.</summary>
    public decimal? EstQuoteMaxAmt { get; init; }

    /// <summary>OKX's <c>existOrd</c>.</summary>
    public bool? ExistOrd { get; init; }

    /// <summary>OKX's <c>maxLever</c>.</summary>
    public decimal? MaxLever { get; init; }

    /// <summary>OKX's <c>minLever</c>.</summary>
    public decimal? MinLever { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (max loan info).</summary>
public sealed record MaxLoanInfo
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>mgnCcy</c>.</summary>
    public string? MgnCcy { get; init; }

    /// <summary>OKX's <c>maxLoan</c>.</summary>
    public decimal? MaxLoan { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (fee group).</summary>
public sealed record FeeGroup
{
    /// <summary>OKX's <c>taker</c>.</summary>
    public decimal? Taker { get; init; }

    /// <summary>OKX's <c>maker</c>.</summary>
    public decimal? Maker { get; init; }

    /// <summary>OKX's <c>groupId</c>.</summary>
    public string? GroupId { get; init; }

    /// <summary>OKX's <c>elpMaker</c>.</summary>
    public decimal? ElpMaker { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (fee rates).</summary>
public sealed record FeeRates
{
    /// <summary>OKX's <c>level</c>.</summary>
    public string? Level { get; init; }

    /// <summary>OKX's <c>feeGroup</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<FeeGroup>? FeeGroup { get; init; }

    /// <summary>OKX's <c>delivery</c>.</summary>
    public decimal? Delivery { get; init; }

    /// <summary>OKX's <c>exercise</c>.</summary>
    public decimal? Exercise { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>taker</c>.</summary>
    public decimal? Taker { get; init; }

    /// <summary>OKX's <c>maker</c>.</summary>
    public decimal? Maker { get; init; }

    /// <summary>OKX's <c>takerU</c>.</summary>
    public decimal? TakerU { get; init; }

    /// <summary>OKX's <c>makerU</c>.</summary>
    public decimal? MakerU { get; init; }

    /// <summary>OKX's <c>takerUSDC</c>.</summary>
    public decimal? TakerUSDC { get; init; }

    /// <summary>OKX's <c>makerUSDC</c>.</summary>
    public decimal? MakerUSDC { get; init; }

    /// <summary>OKX's <c>ruleType</c>.</summary>
    public string? RuleType { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>OKX's <c>settle</c>.</summary>
    public decimal? Settle { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (interest accrued).</summary>
public sealed record InterestAccrued
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>interest</c>.</summary>
    public decimal? Interest { get; init; }

    /// <summary>OKX's <c>interestRate</c>.</summary>
    public decimal? InterestRate { get; init; }

    /// <summary>OKX's <c>liab</c>.</summary>
    public decimal? Liab { get; init; }

    /// <summary>OKX's <c>totalLiab</c>.</summary>
    public decimal? TotalLiab { get; init; }

    /// <summary>OKX's <c>interestFreeLiab</c>.</summary>
    public decimal? InterestFreeLiab { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (interest rate info).</summary>
public sealed record InterestRateInfo
{
    /// <summary>OKX's <c>interestRate</c>.</summary>
    public decimal? InterestRate { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (fee type result).</summary>
public sealed record FeeTypeResult
{
    /// <summary>OKX's <c>feeType</c>.</summary>
    public string? FeeType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (greeks type result).</summary>
public sealed record GreeksTypeResult
{
    /// <summary>OKX's <c>greeksType</c>.</summary>
    public string? GreeksType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (isolated mode result).</summary>
public sealed record IsolatedModeResult
{
    /// <summary>OKX's <c>isoMode</c>.</summary>
    public string? IsoMode { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (max withdrawal).</summary>
public sealed record MaxWithdrawal
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>maxWd</c>.</summary>
    public decimal? MaxWd { get; init; }

    /// <summary>OKX's <c>maxWdEx</c>.</summary>
    public decimal? MaxWdEx { get; init; }

    /// <summary>OKX's <c>spotOffsetMaxWd</c>.</summary>
    public decimal? SpotOffsetMaxWd { get; init; }

    /// <summary>OKX's <c>spotOffsetMaxWdEx</c>.</summary>
    public decimal? SpotOffsetMaxWdEx { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account risk state).</summary>
public sealed record AccountRiskState
{
    /// <summary>OKX's <c>atRisk</c>.</summary>
    public bool? AtRisk { get; init; }

    /// <summary>OKX's <c>atRiskIdx</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? AtRiskIdx { get; init; }

    /// <summary>OKX's <c>atRiskMgn</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? AtRiskMgn { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (borrow limit record).</summary>
public sealed record BorrowLimitRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>loanQuota</c>.</summary>
    public decimal? LoanQuota { get; init; }

    /// <summary>OKX's <c>surplusLmt</c>.</summary>
    public decimal? SurplusLmt { get; init; }

    /// <summary>OKX's <c>usedLmt</c>.</summary>
    public decimal? UsedLmt { get; init; }

    /// <summary>OKX's <c>interest</c>.</summary>
    public decimal? Interest { get; init; }

    /// <summary>OKX's <c>interestFreeLiab</c>.</summary>
    public decimal? InterestFreeLiab { get; init; }

    /// <summary>OKX's <c>potentialBorrowingAmt</c>.</summary>
    public decimal? PotentialBorrowingAmt { get; init; }

    /// <summary>OKX's <c>posLoan</c>.</summary>
    public decimal? PosLoan { get; init; }

    /// <summary>OKX's <c>availLoan</c>.</summary>
    public decimal? AvailLoan { get; init; }

    /// <summary>OKX's <c>usedLoan</c>.</summary>
    public decimal? UsedLoan { get; init; }

    /// <summary>OKX's <c>avgRate</c>.</summary>
    public decimal? AvgRate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (borrow interest limit).</summary>
public sealed record BorrowInterestLimit
{
    /// <summary>OKX's <c>debt</c>.</summary>
    public decimal? Debt { get; init; }

    /// <summary>OKX's <c>interest</c>.</summary>
    public decimal? Interest { get; init; }

    /// <summary>OKX's <c>nextDiscountTime</c>.</summary>
    public global::System.DateTimeOffset? NextDiscountTime { get; init; }

    /// <summary>OKX's <c>nextInterestTime</c>.</summary>
    public global::System.DateTimeOffset? NextInterestTime { get; init; }

    /// <summary>OKX's <c>loanAlloc</c>.</summary>
    public decimal? LoanAlloc { get; init; }

    /// <summary>OKX's <c>records</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<BorrowLimitRecord>? Records { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (borrow repay result).</summary>
public sealed record BorrowRepayResult
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (auto repay result).</summary>
public sealed record AutoRepayResult
{
    /// <summary>OKX's <c>autoRepay</c>.</summary>
    public bool? AutoRepay { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (borrow repay record).</summary>
public sealed record BorrowRepayRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>accBorrowed</c>.</summary>
    public decimal? AccBorrowed { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (risk offset amount).</summary>
public sealed record RiskOffsetAmount
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>clSpotInUseAmt</c>.</summary>
    public decimal? ClSpotInUseAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (greeks).</summary>
public sealed record Greeks
{
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

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (position limitation).</summary>
public sealed record PositionLimitation
{
    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>maxSz</c>.</summary>
    public decimal? MaxSz { get; init; }

    /// <summary>OKX's <c>posType</c>.</summary>
    public string? PosType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (option activation).</summary>
public sealed record OptionActivation
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (auto loan result).</summary>
public sealed record AutoLoanResult
{
    /// <summary>OKX's <c>autoLoan</c>.</summary>
    public bool? AutoLoan { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account mode preset).</summary>
public sealed record AccountModePreset
{
    /// <summary>OKX's <c>curAcctLv</c>.</summary>
    public string? CurAcctLv { get; init; }

    /// <summary>OKX's <c>acctLv</c>.</summary>
    public string? AcctLv { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>riskOffsetType</c>.</summary>
    public string? RiskOffsetType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (account level result).</summary>
public sealed record AccountLevelResult
{
    /// <summary>OKX's <c>acctLv</c>.</summary>
    public string? AcctLv { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (collateral assets setting).</summary>
public sealed record CollateralAssetsSetting
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>collateralEnabled</c>.</summary>
    public bool? CollateralEnabled { get; init; }

    /// <summary>OKX's <c>ccyList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? CcyList { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (collateral asset).</summary>
public sealed record CollateralAsset
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>collateralEnabled</c>.</summary>
    public bool? CollateralEnabled { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (mmp reset result).</summary>
public sealed record MmpResetResult
{
    /// <summary>OKX's <c>result</c>.</summary>
    public bool? Result { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (mmp config result).</summary>
public sealed record MmpConfigResult
{
    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>timeInterval</c>.</summary>
    public long? TimeInterval { get; init; }

    /// <summary>OKX's <c>frozenInterval</c>.</summary>
    public long? FrozenInterval { get; init; }

    /// <summary>OKX's <c>qtyLimit</c>.</summary>
    public decimal? QtyLimit { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (mmp config).</summary>
public sealed record MmpConfig
{
    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>mmpFrozen</c>.</summary>
    public bool? MmpFrozen { get; init; }

    /// <summary>OKX's <c>mmpFrozenUntil</c>.</summary>
    public string? MmpFrozenUntil { get; init; }

    /// <summary>OKX's <c>timeInterval</c>.</summary>
    public long? TimeInterval { get; init; }

    /// <summary>OKX's <c>frozenInterval</c>.</summary>
    public long? FrozenInterval { get; init; }

    /// <summary>OKX's <c>qtyLimit</c>.</summary>
    public decimal? QtyLimit { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (auto earn result).</summary>
public sealed record AutoEarnResult
{
    /// <summary>OKX's <c>earnType</c>.</summary>
    public string? EarnType { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>action</c>.</summary>
    public string? Action { get; init; }

    /// <summary>OKX's <c>apr</c>.</summary>
    public decimal? Apr { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (settle currency result).</summary>
public sealed record SettleCurrencyResult
{
    /// <summary>OKX's <c>settleCcy</c>.</summary>
    public string? SettleCcy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (trading config result).</summary>
public sealed record TradingConfigResult
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>stgyType</c>.</summary>
    public string? StgyType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (delta neutral check).</summary>
public sealed record DeltaNeutralCheck
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>deltaLever</c>.</summary>
    public decimal? DeltaLever { get; init; }

    /// <summary>OKX's <c>ordList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? OrdList { get; init; }

    /// <summary>OKX's <c>posList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? PosList { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (delta neutral precheck).</summary>
public sealed record DeltaNeutralPrecheck
{
    /// <summary>OKX's <c>unmatchedInfoCheck</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<DeltaNeutralCheck>? UnmatchedInfoCheck { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (demo balance detail).</summary>
public sealed record DemoBalanceDetail
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>bal</c>.</summary>
    public decimal? Bal { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (demo balance adjustment).</summary>
public sealed record DemoBalanceAdjustment
{
    /// <summary>OKX's <c>remainCnt</c>.</summary>
    public int? RemainCnt { get; init; }

    /// <summary>OKX's <c>totalCnt</c>.</summary>
    public int? TotalCnt { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<DemoBalanceDetail>? Details { get; init; }
}
