// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.TradingBot;

/// <summary>An item of OKX's <c>data</c> array (grid algo ack).</summary>
public sealed record GridAlgoAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>sCode</c>.</summary>
    public string? SCode { get; init; }

    /// <summary>OKX's <c>sMsg</c>.</summary>
    public string? SMsg { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid top up requirement).</summary>
public sealed record GridTopUpRequirement
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>requiredTopupAmount</c>.</summary>
    public decimal? RequiredTopupAmount { get; init; }

    /// <summary>OKX's <c>maxTopupAmount</c>.</summary>
    public decimal? MaxTopupAmount { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid close ack).</summary>
public sealed record GridCloseAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid trigger ack).</summary>
public sealed record GridTriggerAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid rebate).</summary>
public sealed record GridRebate
{
    /// <summary>OKX's <c>rebate</c>.</summary>
    public decimal? Rebate { get; init; }

    /// <summary>OKX's <c>rebateCcy</c>.</summary>
    public string? RebateCcy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid trigger).</summary>
public sealed record GridTrigger
{
    /// <summary>OKX's <c>triggerAction</c>.</summary>
    public string? TriggerAction { get; init; }

    /// <summary>OKX's <c>triggerStrategy</c>.</summary>
    public string? TriggerStrategy { get; init; }

    /// <summary>OKX's <c>delaySeconds</c>.</summary>
    public string? DelaySeconds { get; init; }

    /// <summary>OKX's <c>triggerTime</c>.</summary>
    public global::System.DateTimeOffset? TriggerTime { get; init; }

    /// <summary>OKX's <c>triggerType</c>.</summary>
    public string? TriggerType { get; init; }

    /// <summary>OKX's <c>timeframe</c>.</summary>
    public string? Timeframe { get; init; }

    /// <summary>OKX's <c>thold</c>.</summary>
    public string? Thold { get; init; }

    /// <summary>OKX's <c>timePeriod</c>.</summary>
    public string? TimePeriod { get; init; }

    /// <summary>OKX's <c>triggerCond</c>.</summary>
    public string? TriggerCond { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>stopType</c>.</summary>
    public string? StopType { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid algo order).</summary>
public sealed record GridAlgoOrder
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>.</summary>
    public string? AlgoOrdType { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>rebateTrans</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridRebate>? RebateTrans { get; init; }

    /// <summary>OKX's <c>triggerParams</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridTrigger>? TriggerParams { get; init; }

    /// <summary>OKX's <c>maxPx</c>.</summary>
    public decimal? MaxPx { get; init; }

    /// <summary>OKX's <c>minPx</c>.</summary>
    public decimal? MinPx { get; init; }

    /// <summary>OKX's <c>gridNum</c>.</summary>
    public int? GridNum { get; init; }

    /// <summary>OKX's <c>runType</c>.</summary>
    public string? RunType { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>arbitrageNum</c>.</summary>
    public int? ArbitrageNum { get; init; }

    /// <summary>OKX's <c>totalPnl</c>.</summary>
    public decimal? TotalPnl { get; init; }

    /// <summary>OKX's <c>pnlRatio</c>.</summary>
    public decimal? PnlRatio { get; init; }

    /// <summary>OKX's <c>investment</c>.</summary>
    public decimal? Investment { get; init; }

    /// <summary>OKX's <c>gridProfit</c>.</summary>
    public decimal? GridProfit { get; init; }

    /// <summary>OKX's <c>floatProfit</c>.</summary>
    public decimal? FloatProfit { get; init; }

    /// <summary>OKX's <c>cancelType</c>.</summary>
    public string? CancelType { get; init; }

    /// <summary>OKX's <c>stopType</c>.</summary>
    public string? StopType { get; init; }

    /// <summary>OKX's <c>quoteSz</c>.</summary>
    public decimal? QuoteSz { get; init; }

    /// <summary>OKX's <c>baseSz</c>.</summary>
    public decimal? BaseSz { get; init; }

    /// <summary>OKX's <c>direction</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>basePos</c>.</summary>
    public bool? BasePos { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>actualLever</c>.</summary>
    public decimal? ActualLever { get; init; }

    /// <summary>OKX's <c>liqPx</c>.</summary>
    public decimal? LiqPx { get; init; }

    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>ordFrozen</c>.</summary>
    public decimal? OrdFrozen { get; init; }

    /// <summary>OKX's <c>availEq</c>.</summary>
    public decimal? AvailEq { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>profitSharingRatio</c>.</summary>
    public decimal? ProfitSharingRatio { get; init; }

    /// <summary>OKX's <c>copyType</c>.</summary>
    public string? CopyType { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>fundingFee</c>.</summary>
    public decimal? FundingFee { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>stopResult</c>.</summary>
    public string? StopResult { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid algo order details).</summary>
public sealed record GridAlgoOrderDetails
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>.</summary>
    public string? AlgoOrdType { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>rebateTrans</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridRebate>? RebateTrans { get; init; }

    /// <summary>OKX's <c>triggerParams</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridTrigger>? TriggerParams { get; init; }

    /// <summary>OKX's <c>maxPx</c>.</summary>
    public decimal? MaxPx { get; init; }

    /// <summary>OKX's <c>minPx</c>.</summary>
    public decimal? MinPx { get; init; }

    /// <summary>OKX's <c>gridNum</c>.</summary>
    public int? GridNum { get; init; }

    /// <summary>OKX's <c>runType</c>.</summary>
    public string? RunType { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>arbitrageNum</c>.</summary>
    public int? ArbitrageNum { get; init; }

    /// <summary>OKX's <c>totalPnl</c>.</summary>
    public decimal? TotalPnl { get; init; }

    /// <summary>OKX's <c>pnlRatio</c>.</summary>
    public decimal? PnlRatio { get; init; }

    /// <summary>OKX's <c>investment</c>.</summary>
    public decimal? Investment { get; init; }

    /// <summary>OKX's <c>gridProfit</c>.</summary>
    public decimal? GridProfit { get; init; }

    /// <summary>OKX's <c>floatProfit</c>.</summary>
    public decimal? FloatProfit { get; init; }

    /// <summary>OKX's <c>cancelType</c>.</summary>
    public string? CancelType { get; init; }

    /// <summary>OKX's <c>stopType</c>.</summary>
    public string? StopType { get; init; }

    /// <summary>OKX's <c>quoteSz</c>.</summary>
    public decimal? QuoteSz { get; init; }

    /// <summary>OKX's <c>baseSz</c>.</summary>
    public decimal? BaseSz { get; init; }

    /// <summary>OKX's <c>direction</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>basePos</c>.</summary>
    public bool? BasePos { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>actualLever</c>.</summary>
    public decimal? ActualLever { get; init; }

    /// <summary>OKX's <c>liqPx</c>.</summary>
    public decimal? LiqPx { get; init; }

    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>ordFrozen</c>.</summary>
    public decimal? OrdFrozen { get; init; }

    /// <summary>OKX's <c>availEq</c>.</summary>
    public decimal? AvailEq { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>profitSharingRatio</c>.</summary>
    public decimal? ProfitSharingRatio { get; init; }

    /// <summary>OKX's <c>copyType</c>.</summary>
    public string? CopyType { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>fundingFee</c>.</summary>
    public decimal? FundingFee { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>tradeNum</c>.</summary>
    public int? TradeNum { get; init; }

    /// <summary>OKX's <c>singleAmt</c>.</summary>
    public decimal? SingleAmt { get; init; }

    /// <summary>OKX's <c>perMinProfitRate</c>.</summary>
    public decimal? PerMinProfitRate { get; init; }

    /// <summary>OKX's <c>perMaxProfitRate</c>.</summary>
    public decimal? PerMaxProfitRate { get; init; }

    /// <summary>OKX's <c>runPx</c>.</summary>
    public decimal? RunPx { get; init; }

    /// <summary>OKX's <c>totalAnnualizedRate</c>.</summary>
    public decimal? TotalAnnualizedRate { get; init; }

    /// <summary>OKX's <c>annualizedRate</c>.</summary>
    public decimal? AnnualizedRate { get; init; }

    /// <summary>OKX's <c>activeOrdNum</c>.</summary>
    public int? ActiveOrdNum { get; init; }

    /// <summary>OKX's <c>curQuoteSz</c>.</summary>
    public decimal? CurQuoteSz { get; init; }

    /// <summary>OKX's <c>curBaseSz</c>.</summary>
    public decimal? CurBaseSz { get; init; }

    /// <summary>OKX's <c>profit</c>.</summary>
    public decimal? Profit { get; init; }

    /// <summary>OKX's <c>stopResult</c>.</summary>
    public string? StopResult { get; init; }

    /// <summary>OKX's <c>eq</c>.</summary>
    public decimal? Eq { get; init; }

    /// <summary>OKX's <c>tpRatio</c>.</summary>
    public decimal? TpRatio { get; init; }

    /// <summary>OKX's <c>slRatio</c>.</summary>
    public decimal? SlRatio { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid position).</summary>
public sealed record GridPosition
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>liqPx</c>.</summary>
    public decimal? LiqPx { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>pos</c>.</summary>
    public decimal? Pos { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>mgnRatio</c>.</summary>
    public decimal? MgnRatio { get; init; }

    /// <summary>OKX's <c>imr</c>.</summary>
    public decimal? Imr { get; init; }

    /// <summary>OKX's <c>mmr</c>.</summary>
    public decimal? Mmr { get; init; }

    /// <summary>OKX's <c>upl</c>.</summary>
    public decimal? Upl { get; init; }

    /// <summary>OKX's <c>uplRatio</c>.</summary>
    public decimal? UplRatio { get; init; }

    /// <summary>OKX's <c>last</c>.</summary>
    public decimal? Last { get; init; }

    /// <summary>OKX's <c>notionalUsd</c>.</summary>
    public decimal? NotionalUsd { get; init; }

    /// <summary>OKX's <c>adl</c>.</summary>
    public string? Adl { get; init; }

    /// <summary>OKX's <c>markPx</c>.</summary>
    public decimal? MarkPx { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid income withdrawal).</summary>
public sealed record GridIncomeWithdrawal
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>profit</c>.</summary>
    public decimal? Profit { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid margin balance estimate).</summary>
public sealed record GridMarginBalanceEstimate
{
    /// <summary>OKX's <c>maxAmt</c>.</summary>
    public decimal? MaxAmt { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid margin balance ack).</summary>
public sealed record GridMarginBalanceAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid investment ack).</summary>
public sealed record GridInvestmentAck
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid ai parameter).</summary>
public sealed record GridAiParameter
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>.</summary>
    public string? AlgoOrdType { get; init; }

    /// <summary>OKX's <c>duration</c>.</summary>
    public string? Duration { get; init; }

    /// <summary>OKX's <c>gridNum</c>.</summary>
    public int? GridNum { get; init; }

    /// <summary>OKX's <c>maxPx</c>.</summary>
    public decimal? MaxPx { get; init; }

    /// <summary>OKX's <c>minPx</c>.</summary>
    public decimal? MinPx { get; init; }

    /// <summary>OKX's <c>perMaxProfitRate</c>.</summary>
    public decimal? PerMaxProfitRate { get; init; }

    /// <summary>OKX's <c>perMinProfitRate</c>.</summary>
    public decimal? PerMinProfitRate { get; init; }

    /// <summary>OKX's <c>perGridProfitRatio</c>.</summary>
    public decimal? PerGridProfitRatio { get; init; }

    /// <summary>OKX's <c>annualizedRate</c>.</summary>
    public decimal? AnnualizedRate { get; init; }

    /// <summary>OKX's <c>minInvestment</c>.</summary>
    public decimal? MinInvestment { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>runType</c>.</summary>
    public string? RunType { get; init; }

    /// <summary>OKX's <c>direction</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>sourceCcy</c>.</summary>
    public string? SourceCcy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid min investment amount).</summary>
public sealed record GridMinInvestmentAmount
{
    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid min investment).</summary>
public sealed record GridMinInvestment
{
    /// <summary>OKX's <c>minInvestmentData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridMinInvestmentAmount>? MinInvestmentData { get; init; }

    /// <summary>OKX's <c>singleAmt</c>.</summary>
    public decimal? SingleAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (rsi back test).</summary>
public sealed record RsiBackTest
{
    /// <summary>OKX's <c>triggerNum</c>.</summary>
    public int? TriggerNum { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid quantity limit).</summary>
public sealed record GridQuantityLimit
{
    /// <summary>OKX's <c>maxGridQty</c>.</summary>
    public int? MaxGridQty { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (grid sub order).</summary>
public sealed record GridSubOrder
{
    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>.</summary>
    public string? AlgoOrdType { get; init; }

    /// <summary>OKX's <c>groupId</c>.</summary>
    public string? GroupId { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>cTime</c>.</summary>
    public global::System.DateTimeOffset? CTime { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>tdMode</c>.</summary>
    public string? TdMode { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>fee</c>.</summary>
    public decimal? Fee { get; init; }

    /// <summary>OKX's <c>feeCcy</c>.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>OKX's <c>rebate</c>.</summary>
    public decimal? Rebate { get; init; }

    /// <summary>OKX's <c>rebateCcy</c>.</summary>
    public string? RebateCcy { get; init; }

    /// <summary>OKX's <c>avgPx</c>.</summary>
    public decimal? AvgPx { get; init; }

    /// <summary>OKX's <c>accFillSz</c>.</summary>
    public decimal? AccFillSz { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public string? PosSide { get; init; }

    /// <summary>OKX's <c>pnl</c>.</summary>
    public decimal? Pnl { get; init; }

    /// <summary>OKX's <c>ctVal</c>.</summary>
    public decimal? CtVal { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}
