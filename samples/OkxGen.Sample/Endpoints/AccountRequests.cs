using OkxGen;

namespace OkxGen.Sample.Endpoints;

/// <summary>Reads the trading account's balance, for all currencies or a comma-separated few.</summary>
[OkxEndpoint("GET", "/api/v5/account/balance", Response = typeof(AccountBalance))]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}

/// <summary>Reads the account's configuration.</summary>
[OkxEndpoint("GET", "/api/v5/account/config")]
public partial record GetAccountConfigRequest;
