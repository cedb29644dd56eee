using System;
using System.Globalization;

namespace Clean.Okx;

/// <summary>The signing interface the client depends on, as libraries with pluggable authentication have it.</summary>
public interface IRequestSigner
{
    string Sign(string secret, string prehash);
}

/// <summary>The implementation, in the same compilation, over the shared HMAC helper.</summary>
public sealed class HmacRequestSigner : IRequestSigner
{
    public string Sign(string secret, string prehash) => Clean.Crypto.HmacSigner.Sign(secret, prehash);
}

/// <summary>Clean twin: the price formatted with the invariant culture, through the same interface and lambda.</summary>
public sealed class OkxAlgoClient
{
    private readonly IRequestSigner _signer = new HmacRequestSigner();
    private readonly OkxClientOptions _options;

    public OkxAlgoClient(OkxClientOptions options) => _options = options;

    public string SignAlgoOrder(string timestamp, string instId, decimal triggerPrice)
    {
        Func<string, string> body = id => "{\"instId\":\"" + id + "\",\"triggerPx\":\"" + triggerPrice.ToString(CultureInfo.InvariantCulture) + "\"}";
        return _signer.Sign(_options.SecretKey, timestamp + "POST" + "/api/v5/trade/order-algo" + body(instId));
    }
}
