// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Public;

/// <summary>An item of OKX's <c>data</c> array (option trade).</summary>
public sealed record OptionTrade
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>optType</c>.</summary>
    public string? OptType { get; init; }

    /// <summary>OKX's <c>fillVol</c>.</summary>
    public decimal? FillVol { get; init; }

    /// <summary>OKX's <c>fwdPx</c>.</summary>
    public decimal? FwdPx { get; init; }

    /// <summary>OKX's <c>idxPx</c>.</summary>
    public decimal? IdxPx { get; init; }

    /// <summary>OKX's <c>markPx</c>.</summary>
    public decimal? MarkPx { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (upcoming change).</summary>
public sealed record UpcomingChange
{
    /// <summary>OKX's <c>param</c>.</summary>
    public string? Param { get; init; }

    /// <summary>OKX's <c>newValue</c>.</summary>
    public string? NewValue { get; init; }

    /// <summary>OKX's <c>effTime</c>.</summary>
    public global::System.DateTimeOffset? EffTime { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (instrument).</summary>
public sealed record Instrument
{
    /// <summary>OKX's <c>alias</c>.</summary>
    public string? Alias { get; init; }

    /// <summary>OKX's <c>auctionEndTime</c>.</summary>
    public string? AuctionEndTime { get; init; }

    /// <summary>OKX's <c>baseCcy</c>.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>OKX's <c>ctMult</c>.</summary>
    public decimal? CtMult { get; init; }

    /// <summary>OKX's <c>ctType</c>.</summary>
    public string? CtType { get; init; }

    /// <summary>OKX's <c>ctVal</c>.</summary>
    public decimal? CtVal { get; init; }

    /// <summary>OKX's <c>ctValCcy</c>.</summary>
    public string? CtValCcy { get; init; }

    /// <summary>OKX's <c>contTdSwTime</c>.</summary>
    public global::System.DateTimeOffset? ContTdSwTime { get; init; }

    /// <summary>OKX's <c>expTime</c>.</summary>
    public global::System.DateTimeOffset? ExpTime { get; init; }

    /// <summary>OKX's <c>futureSettlement</c>.</summary>
    public bool? FutureSettlement { get; init; }

    /// <summary>OKX's <c>groupId</c>.</summary>
    public string? GroupId { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>listTime</c>.</summary>
    public global::System.DateTimeOffset? ListTime { get; init; }

    /// <summary>OKX's <c>lotSz</c>.</summary>
    public decimal? LotSz { get; init; }

    /// <summary>OKX's <c>maxIcebergSz</c>.</summary>
    public decimal? MaxIcebergSz { get; init; }

    /// <summary>OKX's <c>maxLmtAmt</c>.</summary>
    public decimal? MaxLmtAmt { get; init; }

    /// <summary>OKX's <c>maxLmtSz</c>.</summary>
    public decimal? MaxLmtSz { get; init; }

    /// <summary>OKX's <c>maxMktAmt</c>.</summary>
    public decimal? MaxMktAmt { get; init; }

    /// <summary>OKX's <c>maxMktSz</c>.</summary>
    public decimal? MaxMktSz { get; init; }

    /// <summary>OKX's <c>maxStopSz</c>.</summary>
    public decimal? MaxStopSz { get; init; }

    /// <summary>OKX's <c>maxTriggerSz</c>.</summary>
    public decimal? MaxTriggerSz { get; init; }

    /// <summary>OKX's <c>maxTwapSz</c>.</summary>
    public decimal? MaxTwapSz { get; init; }

    /// <summary>OKX's <c>minSz</c>.</summary>
    public decimal? MinSz { get; init; }

    /// <summary>OKX's <c>optType</c>.</summary>
    public string? OptType { get; init; }

    /// <summary>OKX's <c>openType</c>.</summary>
    public string? OpenType { get; init; }

    /// <summary>OKX's <c>preMktSwTime</c>.</summary>
    public global::System.DateTimeOffset? PreMktSwTime { get; init; }

    /// <summary>OKX's <c>quoteCcy</c>.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcyList</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? TradeQuoteCcyList { get; init; }

    /// <summary>OKX's <c>settleCcy</c>.</summary>
    public string? SettleCcy { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>ruleType</c>.</summary>
    public string? RuleType { get; init; }

    /// <summary>OKX's <c>stk</c>.</summary>
    public decimal? Stk { get; init; }

    /// <summary>OKX's <c>tickSz</c>.</summary>
    public decimal? TickSz { get; init; }

    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>instIdCode</c>.</summary>
    public long? InstIdCode { get; init; }

    /// <summary>OKX's <c>instCategory</c>.</summary>
    public string? InstCategory { get; init; }

    /// <summary>OKX's <c>seriesId</c>.</summary>
    public string? SeriesId { get; init; }

    /// <summary>OKX's <c>upcChg</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<UpcomingChange>? UpcChg { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (series settlement).</summary>
public sealed record SeriesSettlement
{
    /// <summary>OKX's <c>method</c>.</summary>
    public string? Method { get; init; }

    /// <summary>OKX's <c>closeEarly</c>.</summary>
    public bool? CloseEarly { get; init; }

    /// <summary>OKX's <c>srcName</c>.</summary>
    public string? SrcName { get; init; }

    /// <summary>OKX's <c>underlying</c>.</summary>
    public string? Underlying { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (event series).</summary>
public sealed record EventSeries
{
    /// <summary>OKX's <c>seriesId</c>.</summary>
    public string? SeriesId { get; init; }

    /// <summary>OKX's <c>freq</c>.</summary>
    public string? Freq { get; init; }

    /// <summary>OKX's <c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>OKX's <c>settlement</c>.</summary>
    public SeriesSettlement? Settlement { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (event contract event).</summary>
public sealed record EventContractEvent
{
    /// <summary>OKX's <c>seriesId</c>.</summary>
    public string? SeriesId { get; init; }

    /// <summary>OKX's <c>eventId</c>.</summary>
    public string? EventId { get; init; }

    /// <summary>OKX's <c>fixTime</c>.</summary>
    public global::System.DateTimeOffset? FixTime { get; init; }

    /// <summary>OKX's <c>expTime</c>.</summary>
    public global::System.DateTimeOffset? ExpTime { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (event contract market).</summary>
public sealed record EventContractMarket
{
    /// <summary>OKX's <c>seriesId</c>.</summary>
    public string? SeriesId { get; init; }

    /// <summary>OKX's <c>eventId</c>.</summary>
    public string? EventId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>listTime</c>.</summary>
    public global::System.DateTimeOffset? ListTime { get; init; }

    /// <summary>OKX's <c>fixTime</c>.</summary>
    public global::System.DateTimeOffset? FixTime { get; init; }

    /// <summary>OKX's <c>expTime</c>.</summary>
    public global::System.DateTimeOffset? ExpTime { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>disputed</c>.</summary>
    public bool? Disputed { get; init; }

    /// <summary>OKX's <c>outcome</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>OKX's <c>floorStrike</c>.</summary>
    public decimal? FloorStrike { get; init; }

    /// <summary>OKX's <c>settleValue</c>.</summary>
    public decimal? SettleValue { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (estimated price).</summary>
public sealed record EstimatedPrice
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>settlePx</c>.</summary>
    public decimal? SettlePx { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (delivery exercise detail).</summary>
public sealed record DeliveryExerciseDetail
{
    /// <summary>OKX's <c>insId</c>.</summary>
    public string? InsId { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (delivery exercise record).</summary>
public sealed record DeliveryExerciseRecord
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<DeliveryExerciseDetail>? Details { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (estimated settlement).</summary>
public sealed record EstimatedSettlement
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>nextSettleTime</c>.</summary>
    public global::System.DateTimeOffset? NextSettleTime { get; init; }

    /// <summary>OKX's <c>estSettlePx</c>.</summary>
    public decimal? EstSettlePx { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (settlement detail).</summary>
public sealed record SettlementDetail
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>settlePx</c>.</summary>
    public decimal? SettlePx { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (settlement record).</summary>
public sealed record SettlementRecord
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SettlementDetail>? Details { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (funding rate info).</summary>
public sealed record FundingRateInfo
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>method</c>.</summary>
    public string? Method { get; init; }

    /// <summary>OKX's <c>formulaType</c>.</summary>
    public string? FormulaType { get; init; }

    /// <summary>OKX's <c>fundingRate</c>.</summary>
    public decimal? FundingRate { get; init; }

    /// <summary>OKX's <c>nextFundingRate</c>.</summary>
    public decimal? NextFundingRate { get; init; }

    /// <summary>OKX's <c>fundingTime</c>.</summary>
    public global::System.DateTimeOffset? FundingTime { get; init; }

    /// <summary>OKX's <c>nextFundingTime</c>.</summary>
    public global::System.DateTimeOffset? NextFundingTime { get; init; }

    /// <summary>OKX's <c>minFundingRate</c>.</summary>
    public decimal? MinFundingRate { get; init; }

    /// <summary>OKX's <c>maxFundingRate</c>.</summary>
    public decimal? MaxFundingRate { get; init; }

    /// <summary>OKX's <c>interestRate</c>.</summary>
    public decimal? InterestRate { get; init; }

    /// <summary>OKX's <c>impactValue</c>.</summary>
    public decimal? ImpactValue { get; init; }

    /// <summary>OKX's <c>settState</c>.</summary>
    public string? SettState { get; init; }

    /// <summary>OKX's <c>settFundingRate</c>.</summary>
    public decimal? SettFundingRate { get; init; }

    /// <summary>OKX's <c>premium</c>.</summary>
    public decimal? Premium { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (funding rate record).</summary>
public sealed record FundingRateRecord
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>formulaType</c>.</summary>
    public string? FormulaType { get; init; }

    /// <summary>OKX's <c>fundingRate</c>.</summary>
    public decimal? FundingRate { get; init; }

    /// <summary>OKX's <c>realizedRate</c>.</summary>
    public decimal? RealizedRate { get; init; }

    /// <summary>OKX's <c>fundingTime</c>.</summary>
    public global::System.DateTimeOffset? FundingTime { get; init; }

    /// <summary>OKX's <c>method</c>.</summary>
    public string? Method { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (open interest).</summary>
public sealed record OpenInterest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>oi</c>.</summary>
    public decimal? Oi { get; init; }

    /// <summary>OKX's <c>oiCcy</c>.</summary>
    public decimal? OiCcy { get; init; }

    /// <summary>OKX's <c>oiUsd</c>.</summary>
    public decimal? OiUsd { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (price limit).</summary>
public sealed record PriceLimit
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>buyLmt</c>.</summary>
    public decimal? BuyLmt { get; init; }

    /// <summary>OKX's <c>sellLmt</c>.</summary>
    public decimal? SellLmt { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>enabled</c>.</summary>
    public bool? Enabled { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (option summary).</summary>
public sealed record OptionSummary
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>delta</c>.</summary>
    public decimal? Delta { get; init; }

    /// <summary>OKX's <c>gamma</c>.</summary>
    public decimal? Gamma { get; init; }

    /// <summary>OKX's <c>vega</c>.</summary>
    public decimal? Vega { get; init; }

    /// <summary>OKX's <c>theta</c>.</summary>
    public decimal? Theta { get; init; }

    /// <summary>OKX's <c>deltaBS</c>.</summary>
    public decimal? DeltaBS { get; init; }

    /// <summary>OKX's <c>gammaBS</c>.</summary>
    public decimal? GammaBS { get; init; }

    /// <summary>OKX's <c>vegaBS</c>.</summary>
    public decimal? VegaBS { get; init; }

    /// <summary>OKX's <c>thetaBS</c>.</summary>
    public decimal? ThetaBS { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>markVol</c>.</summary>
    public decimal? MarkVol { get; init; }

    /// <summary>OKX's <c>bidVol</c>.</summary>
    public decimal? BidVol { get; init; }

    /// <summary>OKX's <c>askVol</c>.</summary>
    public decimal? AskVol { get; init; }

    /// <summary>OKX's <c>realVol</c>.</summary>
    public decimal? RealVol { get; init; }

    /// <summary>OKX's <c>volLv</c>.</summary>
    public decimal? VolLv { get; init; }

    /// <summary>OKX's <c>fwdPx</c>.</summary>
    public decimal? FwdPx { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (discount tier).</summary>
public sealed record DiscountTier
{
    /// <summary>OKX's <c>discountRate</c>.</summary>
    public decimal? DiscountRate { get; init; }

    /// <summary>OKX's <c>maxAmt</c>.</summary>
    public decimal? MaxAmt { get; init; }

    /// <summary>OKX's <c>minAmt</c>.</summary>
    public decimal? MinAmt { get; init; }

    /// <summary>OKX's <c>tier</c>.</summary>
    public string? Tier { get; init; }

    /// <summary>OKX's <c>liqPenaltyRate</c>.</summary>
    public decimal? LiqPenaltyRate { get; init; }

    /// <summary>OKX's <c>disCcyEq</c>.</summary>
    public decimal? DisCcyEq { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (discount rate).</summary>
public sealed record DiscountRate
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>colRes</c>.</summary>
    public string? ColRes { get; init; }

    /// <summary>OKX's <c>collateralRestrict</c>.</summary>
    public bool? CollateralRestrict { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>discountLv</c>.</summary>
    public string? DiscountLv { get; init; }

    /// <summary>OKX's <c>minDiscountRate</c>.</summary>
    public decimal? MinDiscountRate { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<DiscountTier>? Details { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (system time).</summary>
public sealed record SystemTime
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (mark price).</summary>
public sealed record MarkPrice
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>markPx</c>.</summary>
    public decimal? MarkPx { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (position tier).</summary>
public sealed record PositionTier
{
    /// <summary>OKX's <c>uly</c>.</summary>
    public string? Uly { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>tier</c>.</summary>
    public string? Tier { get; init; }

    /// <summary>OKX's <c>minSz</c>.</summary>
    public decimal? MinSz { get; init; }

    /// <summary>OKX's <c>maxSz</c>.</summary>
    public decimal? MaxSz { get; init; }

    /// <summary>OKX's <c>mmr</c>.</summary>
    public decimal? Mmr { get; init; }

    /// <summary>OKX's <c>imr</c>.</summary>
    public decimal? Imr { get; init; }

    /// <summary>OKX's <c>maxLever</c>.</summary>
    public decimal? MaxLever { get; init; }

    /// <summary>OKX's <c>optMgnFactor</c>.</summary>
    public decimal? OptMgnFactor { get; init; }

    /// <summary>OKX's <c>quoteMaxLoan</c>.</summary>
    public decimal? QuoteMaxLoan { get; init; }

    /// <summary>OKX's <c>baseMaxLoan</c>.</summary>
    public decimal? BaseMaxLoan { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (insurance fund detail).</summary>
public sealed record InsuranceFundDetail
{
    /// <summary>OKX's <c>balance</c>.</summary>
    public decimal? Balance { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>maxBal</c>.</summary>
    public decimal? MaxBal { get; init; }

    /// <summary>OKX's <c>maxBalTs</c>.</summary>
    public global::System.DateTimeOffset? MaxBalTs { get; init; }

    /// <summary>OKX's <c>adlType</c>.</summary>
    public string? AdlType { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (insurance fund).</summary>
public sealed record InsuranceFund
{
    /// <summary>OKX's <c>total</c>.</summary>
    public decimal? Total { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<InsuranceFundDetail>? Details { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (unit conversion).</summary>
public sealed record UnitConversion
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>unit</c>.</summary>
    public string? Unit { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (tick band).</summary>
public sealed record TickBand
{
    /// <summary>OKX's <c>minPx</c>.</summary>
    public decimal? MinPx { get; init; }

    /// <summary>OKX's <c>maxPx</c>.</summary>
    public decimal? MaxPx { get; init; }

    /// <summary>OKX's <c>tickSz</c>.</summary>
    public decimal? TickSz { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (instrument tick bands).</summary>
public sealed record InstrumentTickBands
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>tickBand</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<TickBand>? TickBand { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (premium record).</summary>
public sealed record PremiumRecord
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>premium</c>.</summary>
    public decimal? Premium { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (economic event).</summary>
public sealed record EconomicEvent
{
    /// <summary>OKX's <c>calendarId</c>.</summary>
    public string? CalendarId { get; init; }

    /// <summary>OKX's <c>date</c>.</summary>
    public global::System.DateTimeOffset? Date { get; init; }

    /// <summary>OKX's <c>region</c>.</summary>
    public string? Region { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>OKX's <c>event</c>.</summary>
    public string? Event { get; init; }

    /// <summary>OKX's <c>refDate</c>.</summary>
    public global::System.DateTimeOffset? RefDate { get; init; }

    /// <summary>OKX's <c>actual</c>.</summary>
    public string? Actual { get; init; }

    /// <summary>OKX's <c>previous</c>.</summary>
    public string? Previous { get; init; }

    /// <summary>OKX's <c>forecast</c>.</summary>
    public string? Forecast { get; init; }

    /// <summary>OKX's <c>dateSpan</c>.</summary>
    public string? DateSpan { get; init; }

    /// <summary>OKX's <c>importance</c>.</summary>
    public string? Importance { get; init; }

    /// <summary>OKX's <c>uTime</c>.</summary>
    public global::System.DateTimeOffset? UTime { get; init; }

    /// <summary>OKX's <c>prevInitial</c>.</summary>
    public string? PrevInitial { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>unit</c>.</summary>
    public string? Unit { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (market data file).</summary>
public sealed record MarketDataFile
{
    /// <summary>OKX's <c>filename</c>.</summary>
    public string? Filename { get; init; }

    /// <summary>OKX's <c>dateTs</c>.</summary>
    public global::System.DateTimeOffset? DateTs { get; init; }

    /// <summary>OKX's <c>sizeMB</c>.</summary>
    public decimal? SizeMB { get; init; }

    /// <summary>OKX's <c>url</c>.</summary>
    public string? Url { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (market data group).</summary>
public sealed record MarketDataGroup
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>dateRangeStart</c>.</summary>
    public global::System.DateTimeOffset? DateRangeStart { get; init; }

    /// <summary>OKX's <c>dateRangeEnd</c>.</summary>
    public global::System.DateTimeOffset? DateRangeEnd { get; init; }

    /// <summary>OKX's <c>groupSizeMB</c>.</summary>
    public decimal? GroupSizeMB { get; init; }

    /// <summary>OKX's <c>groupDetails</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<MarketDataFile>? GroupDetails { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (market data history).</summary>
public sealed record MarketDataHistory
{
    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>totalSizeMB</c>.</summary>
    public decimal? TotalSizeMB { get; init; }

    /// <summary>OKX's <c>dateAggrType</c>.</summary>
    public string? DateAggrType { get; init; }

    /// <summary>OKX's <c>details</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<MarketDataGroup>? Details { get; init; }
}
