using System.Globalization;
using Newtonsoft.Json;

namespace Acme.Okx;

/// <summary>Builds the bodies and queries the client signs (cases 3 and 4).</summary>
public sealed class OrderRequestBuilder
{
    // Case 3: culture-sensitive ToString() inside an anonymous object that is serialized and signed.
    public string PlaceOrderBody(string instId, decimal amount, decimal? price) =>
        JsonConvert.SerializeObject(new { instId, px = price?{|OKX014:.ToString()|}, sz = {|OKX014:amount.ToString()|} });

    // Case 4: a decimal? in an interpolated query.
    public string CandlesQuery(string instId, decimal? after) => {|OKX014:$"/api/v5/market/history-candles?instId={instId}&after={after}"|};

    // ccy=BTC,ETH goes on the wire as ccy=BTC%2CETH.
    public System.Uri BalanceUri(string baseAddress, string currencies) =>
        new(baseAddress + "/api/v5/account/balance?ccy=" + System.Uri.EscapeDataString(currencies));
}
