using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Exchanges.Bybit;

/// <summary>
/// Bybit-style body signing: timestamp (Unix ms) + key + recvWindow + body, where the body is a dictionary in insertion
/// order serialized once, signed and sent as that one string (right for Bybit: it hashes what it receives).
/// </summary>
public sealed class BybitStyleClient
{
    public HttpRequestMessage SignedPost(string apiKey, string secret, decimal qty)
    {
        var order = new Dictionary<string, string> { ["symbol"] = "BTCUSDT", ["side"] = "Buy", ["qty"] = qty.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        string body = JsonConvert.SerializeObject(order, Formatting.Indented);
        string timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string payload = timestamp + apiKey + "5000" + body;
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        string signature = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v5/order/create") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-BAPI-SIGN", signature);
        request.Headers.Add("X-BAPI-TIMESTAMP", timestamp);
        return request;
    }

    public string SignedWithHelper(string apiKey, string secret, string body) =>
        BodySigner.Sign(secret, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + apiKey + "5000" + "{ \"symbol\": \"BTCUSDT\", \"side\": \"Buy\" }" + body);
}

/// <summary>The HMAC in a helper.</summary>
public static class BodySigner
{
    public static string Sign(string secret, string payload) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
}
