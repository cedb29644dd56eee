using System;
using System.Collections.Generic;
using OkxGen.WebSockets;

namespace OkxGen.Benchmarks.Model;

// The records of OKX's tickers and orders pushes (members from OKX's channel pages), read by the generated readers and,
// for comparison, by System.Text.Json source generation (PushJsonContext): the same records for both.

[OkxChannel("tickers", Push = typeof(TickerPush))]
public sealed partial record TickersChannel(string InstId);

[OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderPush))]
public sealed partial record OrdersChannel(string InstType);

/// <summary>An item of a <c>tickers</c> push.</summary>
public sealed record TickerPush
{
    public string? InstType { get; init; }
    public string? InstId { get; init; }
    public decimal? Last { get; init; }
    public decimal? LastSz { get; init; }
    public decimal? AskPx { get; init; }
    public decimal? AskSz { get; init; }
    public decimal? BidPx { get; init; }
    public decimal? BidSz { get; init; }
    public decimal? Open24h { get; init; }
    public decimal? High24h { get; init; }
    public decimal? Low24h { get; init; }
    public decimal? VolCcy24h { get; init; }
    public decimal? Vol24h { get; init; }
    public decimal? SodUtc0 { get; init; }
    public decimal? SodUtc8 { get; init; }
    public DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of an <c>orders</c> push: the members a trading program reads; OKX's others are skipped by both readers.</summary>
public sealed record OrderPush
{
    public string? InstType { get; init; }
    public string? InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public string? Tag { get; init; }
    public decimal? Px { get; init; }
    public decimal? Sz { get; init; }
    public decimal? NotionalUsd { get; init; }
    public string? OrdType { get; init; }
    public string? Side { get; init; }
    public string? PosSide { get; init; }
    public string? TdMode { get; init; }
    public decimal? FillPx { get; init; }
    public string? TradeId { get; init; }
    public decimal? FillSz { get; init; }
    public decimal? FillPnl { get; init; }
    public DateTimeOffset? FillTime { get; init; }
    public decimal? FillFee { get; init; }
    public string? FillFeeCcy { get; init; }
    public string? ExecType { get; init; }
    public decimal? AccFillSz { get; init; }
    public decimal? FillNotionalUsd { get; init; }
    public decimal? AvgPx { get; init; }
    public string? State { get; init; }
    public decimal? Lever { get; init; }
    public decimal? TpTriggerPx { get; init; }
    public decimal? SlTriggerPx { get; init; }
    public string? FeeCcy { get; init; }
    public decimal? Fee { get; init; }
    public string? RebateCcy { get; init; }
    public decimal? Rebate { get; init; }
    public decimal? Pnl { get; init; }
    public string? Category { get; init; }
    public bool? ReduceOnly { get; init; }
    public string? Code { get; init; }
    public DateTimeOffset? CTime { get; init; }
    public DateTimeOffset? UTime { get; init; }
}

/// <summary>A push's <c>arg</c>, as System.Text.Json reads it.</summary>
public sealed record PushArg
{
    public string? Channel { get; init; }
    public string? InstId { get; init; }
    public string? InstType { get; init; }
    public string? Uid { get; init; }
}

/// <summary>A whole push frame, <c>{"arg":{..},"data":[..]}</c>, as System.Text.Json reads it.</summary>
public sealed record PushFrame<T>
{
    public PushArg? Arg { get; init; }
    public string? Action { get; init; }
    public List<T>? Data { get; init; }
}

/// <summary>An order operation frame as System.Text.Json writes it; members in canonical (ordinal) order.</summary>
public sealed record OrderOperationFrame(IReadOnlyList<PlaceOrderRequest> Args, string ExpTime, string Id, string Op);
