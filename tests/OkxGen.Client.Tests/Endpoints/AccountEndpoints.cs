using System;
using System.Collections.Generic;

namespace OkxGen.Client.Tests.Endpoints;

[OkxEndpoint("GET", "/api/v5/account/balance", Response = typeof(AccountBalance))]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}

[OkxEndpoint("GET", "/api/v5/account/config")]
public partial record GetAccountConfigRequest;

/// <summary>A positional record: read through its constructor.</summary>
public sealed record AccountBalance(decimal? TotalEq, IReadOnlyList<CurrencyBalance> Details)
{
    public DateTimeOffset? UTime { get; init; }
}

public sealed record CurrencyBalance
{
    public required string Ccy { get; init; }
    public decimal? Eq { get; init; }
    public decimal? AvailBal { get; init; }
    public decimal? FrozenBal { get; init; }
    public bool? CollateralEnabled { get; init; }
}

[OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, Response = typeof(Ticker))]
public partial record GetTickerRequest
{
    public required string InstId { get; init; }
}

public sealed record Ticker
{
    public required string InstId { get; init; }
    public decimal Last { get; init; }
    public decimal? AskPx { get; init; }
    public decimal? BidPx { get; init; }
    public decimal Vol24h { get; init; }
    public DateTimeOffset Ts { get; init; }
}

/// <summary>A POST whose members are all optional: with none set, the body is <c>{}</c>.</summary>
[OkxEndpoint("POST", "/api/v5/account/bills-archive")]
public partial record EmptyPostRequest
{
    public string? Year { get; init; }
}
