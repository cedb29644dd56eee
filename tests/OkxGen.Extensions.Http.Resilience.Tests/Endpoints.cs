namespace OkxGen.Extensions.Http.Resilience.Tests;

[OkxEndpoint("POST", "/api/v5/trade/order")]
public partial record PlaceOrderRequest
{
    public required string InstId { get; init; }
    public required string TdMode { get; init; }
    public required string Side { get; init; }
    public required string OrdType { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
    public string? ClOrdId { get; init; }
}

/// <summary>Cancelling by id twice cancels once (the second answer is 51400): declared idempotent.</summary>
[OkxEndpoint("POST", "/api/v5/trade/cancel-order", Idempotent = true)]
public partial record CancelOrderRequest
{
    public required string InstId { get; init; }
    public string? OrdId { get; init; }
}

[OkxEndpoint("GET", "/api/v5/account/balance")]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}
