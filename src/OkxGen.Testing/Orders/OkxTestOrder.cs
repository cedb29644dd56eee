using System;

namespace OkxGen.Testing;

/// <summary>
/// An order in the <see cref="OkxTestServer"/>'s order book, as it stood at one moment: an immutable snapshot whose text fields
/// are spelled as OKX writes them in order details (numbers as strings, <c>""</c> when absent).
/// </summary>
public sealed record OkxTestOrder
{
    /// <summary>The API key that placed the order; each key has its own book.</summary>
    public required string ApiKey { get; init; }

    /// <summary>The order id the server assigned, for example <c>590908157585625001</c>.</summary>
    public required string OrdId { get; init; }

    /// <summary>The client order id sent with the order, or empty.</summary>
    public required string ClOrdId { get; init; }

    /// <summary>The order tag sent with the order, or empty.</summary>
    public required string Tag { get; init; }

    /// <summary><c>SPOT</c>, <c>MARGIN</c>, <c>SWAP</c>, <c>FUTURES</c> or <c>OPTION</c>, from the instrument id and the trade mode.</summary>
    public required string InstType { get; init; }

    /// <summary>The instrument id, for example <c>BTC-USDT</c>.</summary>
    public required string InstId { get; init; }

    /// <summary>The trade mode: <c>cash</c>, <c>cross</c>, <c>isolated</c>, <c>spot_isolated</c>.</summary>
    public required string TdMode { get; init; }

    /// <summary><c>buy</c> or <c>sell</c>.</summary>
    public required string Side { get; init; }

    /// <summary>The position side sent, or empty.</summary>
    public required string PosSide { get; init; }

    /// <summary>The order type, for example <c>limit</c> or <c>post_only</c>.</summary>
    public required string OrdType { get; init; }

    /// <summary>The price as sent (or as last amended), or empty for a market order.</summary>
    public required string Px { get; init; }

    /// <summary>The size as sent (or as last amended).</summary>
    public required string Sz { get; init; }

    /// <summary>The margin currency sent, or empty.</summary>
    public required string Ccy { get; init; }

    /// <summary>The size unit sent for spot market orders, or empty.</summary>
    public required string TgtCcy { get; init; }

    /// <summary><c>true</c> or <c>false</c>, as OKX writes it in order lists.</summary>
    public required string ReduceOnly { get; init; }

    /// <summary><c>live</c>, <c>partially_filled</c>, <c>filled</c> or <c>canceled</c>.</summary>
    public required string State { get; init; }

    /// <summary>The total filled so far (<c>"0"</c> before the first fill).</summary>
    public required string AccFillSz { get; init; }

    /// <summary>The average fill price, or empty before the first fill.</summary>
    public required string AvgPx { get; init; }

    /// <summary>The price of the last fill, or empty.</summary>
    public required string FillPx { get; init; }

    /// <summary>The size of the last fill (<c>"0"</c> before the first fill).</summary>
    public required string FillSz { get; init; }

    /// <summary>The time of the last fill, or <see langword="null"/>.</summary>
    public DateTimeOffset? FillTime { get; init; }

    /// <summary>The id of the last fill, or empty.</summary>
    public required string TradeId { get; init; }

    /// <summary>When the order was placed, on the server's clock.</summary>
    public required DateTimeOffset CTime { get; init; }

    /// <summary>When the order last changed, on the server's clock.</summary>
    public required DateTimeOffset UTime { get; init; }

    /// <summary>Whether the order still rests on the book (<c>live</c> or <c>partially_filled</c>) and so appears in pending orders.</summary>
    public bool IsPending => State is OkxOrderStates.Live or OkxOrderStates.PartiallyFilled;
}
