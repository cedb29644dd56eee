using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace Exchanges.Binance;

/// <summary>Binance-style query signing: timestamp in Unix milliseconds, the query (in insertion order) signed and sent as one string.</summary>
public sealed class BinanceStyleClient
{
    private readonly HttpClient _http = new();

    public HttpRequestMessage SignedGet(string path, Dictionary<string, string> parameters, string secret)
    {
        parameters["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string query = string.Join("&", BuildPairs(parameters));
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(query));
        string signature = Convert.ToHexString(hash).ToLowerInvariant();
        return new HttpRequestMessage(HttpMethod.Get, path + "?" + query + "&signature=" + signature);
    }

    public string SignedQueryWithHelper(Dictionary<string, string> parameters, string secret)
    {
        string query = "recvWindow=5000&timestamp=" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return query + "&signature=" + QuerySigner.Sign(secret, query);
    }

    // The query read back from the URI and signed as the URI sends it: right for any API.
    public HttpRequestMessage SignedGetFromUri(Uri uri, string secret)
    {
        string query = uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        string signature = QuerySigner.Sign(secret, query);
        return new HttpRequestMessage(HttpMethod.Get, new Uri(uri.AbsoluteUri + "&signature=" + signature));
    }

    // The same, with the query unescaped before it is signed: the general rule OKX042, whose message names no OKX.
    public HttpRequestMessage SignedGetFromDecodedUri(Uri uri, string secret)
    {
        string query = {|OKX042:Uri.UnescapeDataString(uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped))|};
        string signature = QuerySigner.Sign(secret, query);
        return new HttpRequestMessage(HttpMethod.Get, new Uri(uri.AbsoluteUri + "&signature=" + signature));
    }

    private static IEnumerable<string> BuildPairs(Dictionary<string, string> parameters)
    {
        foreach (KeyValuePair<string, string> pair in parameters)
        {
            yield return pair.Key + "=" + Uri.EscapeDataString(pair.Value);
        }
    }
}

/// <summary>The HMAC in a helper.</summary>
public static class QuerySigner
{
    public static string Sign(string secret, string query) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(query))).ToLowerInvariant();
}
