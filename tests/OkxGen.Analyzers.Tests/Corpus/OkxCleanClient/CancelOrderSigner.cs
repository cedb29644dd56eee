using System;
using System.Collections.Generic;
using Clean.Crypto;
using Newtonsoft.Json;

namespace Clean.Okx;

/// <summary>Clean twin of case 6: a SortedDictionary with the ordinal comparer, made in a helper, returned through out, signed here.</summary>
public static class OrderParameters
{
    public static void Build(string instId, string ordId, out SortedDictionary<string, string> parameters)
    {
        parameters = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["instId"] = instId, ["ordId"] = ordId };
    }
}

public sealed class CancelOrderSigner
{
    public string Sign(string secret, string timestamp, string instId, string ordId)
    {
        OrderParameters.Build(instId, ordId, out var parameters);
        string body = JsonConvert.SerializeObject(parameters);
        return HmacSigner.Sign(secret, timestamp + "POST" + "/api/v5/trade/cancel-order" + body);
    }
}
