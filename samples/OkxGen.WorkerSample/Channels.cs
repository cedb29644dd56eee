using OkxGen.Api.Market;
using OkxGen.WebSockets;

namespace OkxGen.WorkerSample;

/// <summary>The <c>tickers</c> channel on <c>/ws/v5/public</c>; its pushes carry OKX's ticker, declared in OkxGen.Api.</summary>
[OkxChannel("tickers", Push = typeof(Ticker))]
public partial record TickersChannel
{
    public required string InstId { get; init; }
}

/// <summary>The <c>orders</c> channel on <c>/ws/v5/private</c>: every change to the account's orders.</summary>
[OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderUpdate))]
public partial record OrdersChannel
{
    public required string InstType { get; init; }   // SPOT, MARGIN, SWAP, FUTURES, OPTION or ANY
}

/// <summary>One order of an <c>orders</c> push (a subset of OKX's fields).</summary>
public sealed record OrderUpdate
{
    public string? InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public string? State { get; init; }
}
