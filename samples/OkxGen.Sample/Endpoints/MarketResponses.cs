using System;
using System.Collections.Generic;

namespace OkxGen.Sample.Endpoints;

/// <summary>A ticker: OKX sends every number as a string, which the reader parses in the invariant culture.</summary>
public sealed record Ticker
{
    public required string InstId { get; init; }
    public decimal? Last { get; init; }
    public decimal? AskPx { get; init; }
    public decimal? BidPx { get; init; }
    public decimal? Vol24h { get; init; }
    public DateTimeOffset Ts { get; init; }
}

/// <summary>An order book: each level is <c>[price, size, deprecated, order count]</c>, as strings.</summary>
public sealed record OrderBook
{
    public IReadOnlyList<IReadOnlyList<string>> Asks { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<string>> Bids { get; init; } = [];
    public DateTimeOffset Ts { get; init; }
}

/// <summary>OKX's clock.</summary>
public sealed record ServerTime(DateTimeOffset Ts);

/// <summary>One instrument.</summary>
public sealed record Instrument
{
    public required string InstId { get; init; }
    public InstrumentType? InstType { get; init; }
    public string? BaseCcy { get; init; }
    public string? QuoteCcy { get; init; }
    public decimal? TickSz { get; init; }
    public decimal? LotSz { get; init; }
    public decimal? MinSz { get; init; }
    public string? State { get; init; }
}
