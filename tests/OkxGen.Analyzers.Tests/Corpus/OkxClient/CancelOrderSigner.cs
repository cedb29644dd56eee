using System;
using System.Collections.Generic;
using Acme.Crypto;
using Newtonsoft.Json;

namespace Acme.Okx;

/// <summary>Case 6: a SortedDictionary without an ordinal comparer, made in a helper, returned through out, signed here.</summary>
public static class OrderParameters
{
    public static void Build(string instId, string ordId, out SortedDictionary<string, string> parameters)
    {
        parameters = {|OKX012:new SortedDictionary<string, string>(StringComparer.InvariantCulture) { ["instId"] = instId, ["ordId"] = ordId }|};
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
