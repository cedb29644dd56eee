using System;

namespace OkxGen;

/// <summary>
/// <c>GET /api/v5/account/config</c>, the cheap signed call the health check sends to learn whether OKX accepts the
/// account's key; written by hand, as this package is not generated. Counted against OKX's 5 requests per 2 s.
/// </summary>
internal sealed class AccountConfigRequest : IOkxRequest
{
    public static readonly AccountConfigRequest Instance = new();

    private AccountConfigRequest()
    {
    }

    public OkxEndpointInfo Endpoint { get; } = new(
        "GET",
        "/api/v5/account/config",
        isSigned: true,
        rateLimit: new OkxRateLimit(5, TimeSpan.FromSeconds(2), OkxRateLimitRule.User));

    public bool TryWriteRequestPath(Span<byte> destination, out int bytesWritten)
    {
        ReadOnlySpan<byte> path = "/api/v5/account/config"u8;
        bytesWritten = path.TryCopyTo(destination) ? path.Length : 0;
        return bytesWritten > 0;
    }

    public bool TryWriteBody(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        return true;
    }
}
