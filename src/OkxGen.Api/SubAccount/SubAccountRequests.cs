// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.SubAccount;

/// <summary>Get sub accounts: <c>GET /api/v5/users/subaccount/list</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/users/subaccount/list", Response = typeof(SubAccountInfo), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSubAccountsRequest
{
    /// <summary>OKX's <c>enable</c>.</summary>
    public bool? Enable { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Create sub account: <c>POST /api/v5/users/subaccount/create-subaccount</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/users/subaccount/create-subaccount", Response = typeof(CreatedSubAccount), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record CreateSubAccountRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>pwd</c>. Conditional: see the endpoint page.</summary>
    public string? Pwd { get; init; }
}

/// <summary>Create sub account api key: <c>POST /api/v5/users/subaccount/apikey</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/users/subaccount/apikey", Response = typeof(CreatedApiKey), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record CreateSubAccountApiKeyRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>label</c>. Required.</summary>
    public required string Label { get; init; }

    /// <summary>OKX's <c>passphrase</c>. Required.</summary>
    public required string Passphrase { get; init; }

    /// <summary>OKX's <c>perm</c>.</summary>
    public string? Perm { get; init; }

    /// <summary>OKX's <c>ip</c>.</summary>
    public string? Ip { get; init; }
}

/// <summary>Get sub account api key: <c>GET /api/v5/users/subaccount/apikey</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/users/subaccount/apikey", Response = typeof(SubAccountApiKey), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSubAccountApiKeyRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>apiKey</c>.</summary>
    public string? ApiKey { get; init; }
}

/// <summary>Modify sub account api key: <c>POST /api/v5/users/subaccount/modify-apikey</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/users/subaccount/modify-apikey", Response = typeof(ModifiedApiKey), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record ModifySubAccountApiKeyRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>apiKey</c>. Required.</summary>
    public required string ApiKey { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>perm</c>.</summary>
    public string? Perm { get; init; }

    /// <summary>OKX's <c>ip</c>.</summary>
    public string? Ip { get; init; }
}

/// <summary>Delete sub account api key: <c>POST /api/v5/users/subaccount/delete-apikey</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/users/subaccount/delete-apikey", Response = typeof(DeletedApiKey), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record DeleteSubAccountApiKeyRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>apiKey</c>. Required.</summary>
    public required string ApiKey { get; init; }
}

/// <summary>Set transfer out: <c>POST /api/v5/users/subaccount/set-transfer-out</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/users/subaccount/set-transfer-out", Response = typeof(SubAccountTransferOut), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetTransferOutRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>canTransOut</c>.</summary>
    public bool? CanTransOut { get; init; }
}

/// <summary>Get entrust sub accounts: <c>GET /api/v5/users/entrust-subaccount-list</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/users/entrust-subaccount-list", Response = typeof(EntrustSubAccount), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetEntrustSubAccountsRequest
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }
}
