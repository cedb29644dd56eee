using System;
using System.Collections.Generic;

namespace OkxGen.Sample.Endpoints;

/// <summary>The trading account's balance. A positional record: the generated reader fills it through its constructor.</summary>
public sealed record AccountBalance(decimal? TotalEq, IReadOnlyList<CurrencyBalance> Details)
{
    public DateTimeOffset? UTime { get; init; }
}

/// <summary>The balance of one currency.</summary>
public sealed record CurrencyBalance
{
    public required string Ccy { get; init; }
    public decimal? Eq { get; init; }
    public decimal? CashBal { get; init; }
    public decimal? AvailBal { get; init; }
    public decimal? FrozenBal { get; init; }
    public bool? CollateralEnabled { get; init; }
}

/// <summary>One open position.</summary>
public sealed record Position
{
    public required string InstId { get; init; }
    public InstrumentType? InstType { get; init; }
    public MarginMode? MgnMode { get; init; }
    public PositionSide? PosSide { get; init; }
    public decimal? Pos { get; init; }
    public decimal? AvgPx { get; init; }
    public decimal? Upl { get; init; }
    public decimal? Lever { get; init; }
    public DateTimeOffset? UTime { get; init; }
}

/// <summary>The leverage now in force.</summary>
public sealed record LeverageSetting
{
    public string? InstId { get; init; }
    public decimal? Lever { get; init; }
    public MarginMode? MgnMode { get; init; }
    public PositionSide? PosSide { get; init; }
}
