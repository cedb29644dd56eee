using System;
using System.Globalization;
using Newtonsoft.Json;

namespace Clean.Okx;

/// <summary>Clean twin of cases 3 and 4: every number formatted with the invariant culture.</summary>
public sealed class OrderRequestBuilder
{
    public string PlaceOrderBody(string instId, decimal amount, decimal? price) =>
        JsonConvert.SerializeObject(new { instId, px = price?.ToString(CultureInfo.InvariantCulture), sz = amount.ToString(CultureInfo.InvariantCulture) });

    public string CandlesQuery(string instId, decimal? after) =>
        FormattableString.Invariant($"/api/v5/market/history-candles?instId={instId}&after={after}");

    // ccy=BTC,ETH goes on the wire as ccy=BTC%2CETH.
    public System.Uri BalanceUri(string baseAddress, string currencies) =>
        new(baseAddress + "/api/v5/account/balance?ccy=" + System.Uri.EscapeDataString(currencies));
}
