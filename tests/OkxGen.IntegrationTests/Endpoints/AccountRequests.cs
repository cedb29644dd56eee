using OkxGen;

namespace OkxGen.IntegrationTests.Endpoints;

/// <summary>Reads the trading account's balance, for all currencies or a comma-separated few.</summary>
[OkxEndpoint("GET", "/api/v5/account/balance")]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}

/// <summary>Reads the account's configuration; the endpoint takes no parameter.</summary>
[OkxEndpoint("GET", "/api/v5/account/config")]
public partial record GetAccountConfigRequest;
