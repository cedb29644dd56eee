using OkxGen;

namespace OkxGen.Sample.Endpoints;

/// <summary>Reads the trading account's balance, for all currencies or a comma-separated few.</summary>
[OkxEndpoint("GET", "/api/v5/account/balance", Response = typeof(AccountBalance))]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}

/// <summary>Reads the account's configuration; no response type is declared, so items are raw <c>JsonElement</c>s.</summary>
[OkxEndpoint("GET", "/api/v5/account/config")]
public partial record GetAccountConfigRequest;

/// <summary>Lists open positions.</summary>
[OkxEndpoint("GET", "/api/v5/account/positions", Response = typeof(Position))]
public partial record GetPositionsRequest
{
    public InstrumentType? InstType { get; init; }
    public string? InstId { get; init; }
}

/// <summary>Sets the leverage of an instrument or currency.</summary>
[OkxEndpoint("POST", "/api/v5/account/set-leverage", Response = typeof(LeverageSetting))]
public partial record SetLeverageRequest
{
    public string? InstId { get; init; }
    public string? Ccy { get; init; }
    public required int Lever { get; init; }
    public required MarginMode MgnMode { get; init; }
    public PositionSide? PosSide { get; init; }
}
