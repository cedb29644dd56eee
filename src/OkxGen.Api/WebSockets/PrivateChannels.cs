// Hand-written from OKX's channel pages: docs/okx/order/book/trading-trade-ws-order-channel.md and
// docs/okx/trading/account/websocket-{positions,account,balance-and-position}-channel.md (qiuham/crypto-api-docs).
// All live on /ws/v5/private, which needs a login: give the client credentials.

using OkxGen.WebSockets;

namespace OkxGen.Api.WebSockets;

/// <summary>
/// The <c>orders</c> channel: every new order and order update of the account (nothing on subscribing).
/// <c>{"channel":"orders","instId":"BTC-USDT","instType":"SPOT"}</c>.
/// </summary>
[OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderPush))]
public sealed partial record OrdersChannel
{
    /// <summary>OKX's <c>instType</c>: <c>SPOT</c>, <c>MARGIN</c>, <c>SWAP</c>, <c>FUTURES</c>, <c>OPTION</c>, <c>EVENTS</c> or <c>ANY</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>, for <c>FUTURES</c>, <c>SWAP</c> and <c>OPTION</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }
}

/// <summary>
/// The <c>positions</c> channel: a snapshot of the non-zero positions, then updates on events and about every 5 s.
/// <c>{"channel":"positions","instType":"ANY"}</c>.
/// </summary>
/// <remarks>
/// OKX's optional <c>extraParams</c> (the push interval) is not declared: OKX leaves it out of the <c>arg</c> it echoes in
/// pushes, and the client delivers a push to the subscription whose every argument member the push's <c>arg</c> carries.
/// </remarks>
[OkxChannel("positions", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(PositionPush))]
public sealed partial record PositionsChannel
{
    /// <summary>OKX's <c>instType</c>: <c>MARGIN</c>, <c>SWAP</c>, <c>FUTURES</c>, <c>OPTION</c>, <c>EVENTS</c> or <c>ANY</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>, for <c>FUTURES</c>, <c>SWAP</c> and <c>OPTION</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>; OKX uses it when <c>instFamily</c> is given too.</summary>
    public string? InstId { get; init; }
}

/// <summary>
/// The <c>account</c> channel: the trading account's balances, a snapshot of the non-zero currencies, then updates on
/// events and regularly. <c>{"ccy":"BTC","channel":"account"}</c>.
/// </summary>
/// <remarks>OKX's optional <c>extraParams</c> is not declared, for the reason given on <see cref="PositionsChannel"/>.</remarks>
[OkxChannel("account", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(AccountPush))]
public sealed partial record AccountChannel
{
    /// <summary>OKX's <c>ccy</c>; all currencies when <see langword="null"/>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>
/// The <c>balance_and_position</c> channel: cash balances and positions as soon as a fill, transfer or other event
/// changes them. <c>{"channel":"balance_and_position"}</c>.
/// </summary>
[OkxChannel("balance_and_position", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(BalanceAndPositionPush))]
public sealed partial record BalanceAndPositionChannel;
