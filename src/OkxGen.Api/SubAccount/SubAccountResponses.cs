// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.SubAccount;

/// <summary>An item of OKX's <c>data</c> array (sub account info).</summary>
public sealed record SubAccountInfo
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>enable</c>.</summary>
    public bool? Enable { get; init; }

    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>uid</c>.</summary>
    public string? Uid { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>mobile</c>.</summary>
    public string? Mobile { get; init; }

    /// <summary>OKX's <c>gAuth</c>.</summary>
    public bool? GAuth { get; init; }

    /// <summary>OKX's <c>frozenFunc</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? FrozenFunc { get; init; }

    /// <summary>OKX's <c>canTransOut</c>.</summary>
    public bool? CanTransOut { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>subAcctLv</c>.</summary>
    public string? SubAcctLv { get; init; }

    /// <summary>OKX's <c>firstLvSubAcct</c>.</summary>
    public string? FirstLvSubAcct { get; init; }

    /// <summary>OKX's <c>ifDma</c>.</summary>
    public bool? IfDma { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (created sub account).</summary>
public sealed record CreatedSubAccount
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>uid</c>.</summary>
    public string? Uid { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (created api key).</summary>
public sealed record CreatedApiKey
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>apiKey</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>OKX's <c>secretKey</c>.</summary>
    public string? SecretKey { get; init; }

    /// <summary>OKX's <c>passphrase</c>.</summary>
    public string? Passphrase { get; init; }

    /// <summary>OKX's <c>perm</c>.</summary>
    public string? Perm { get; init; }

    /// <summary>OKX's <c>ip</c>.</summary>
    public string? Ip { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (sub account api key).</summary>
public sealed record SubAccountApiKey
{
    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>apiKey</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>OKX's <c>perm</c>.</summary>
    public string? Perm { get; init; }

    /// <summary>OKX's <c>ip</c>.</summary>
    public string? Ip { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (modified api key).</summary>
public sealed record ModifiedApiKey
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>OKX's <c>apiKey</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>OKX's <c>perm</c>.</summary>
    public string? Perm { get; init; }

    /// <summary>OKX's <c>ip</c>.</summary>
    public string? Ip { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (deleted api key).</summary>
public sealed record DeletedApiKey
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (sub account transfer out).</summary>
public sealed record SubAccountTransferOut
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }

    /// <summary>OKX's <c>canTransOut</c>.</summary>
    public bool? CanTransOut { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (entrust sub account).</summary>
public sealed record EntrustSubAccount
{
    /// <summary>OKX's <c>subAcct</c>.</summary>
    public string? SubAcct { get; init; }
}
