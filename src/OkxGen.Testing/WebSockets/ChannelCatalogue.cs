using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>Which endpoint serves each OKX channel the server knows, and whether it needs login (from OKX's channel pages).</summary>
internal static class ChannelCatalogue
{
    // OKX's order book channel page (2026-06 text): "Only API users who are VIP4 and above in trading fee tier are allowed to
    // subscribe to books-l2-tbt [and to books50-l2-tbt]. Other users will receive error code 64003." (Earlier texts said
    // VIP5/VIP4 in 2022 and VIP6/VIP5 in January 2026.)
    private const int TickByTickBookVipLevel = 4;

    private static readonly string[] CandleBars =
    [
        "1s", "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "5D", "1W", "1M", "3M",
        "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "5Dutc", "1Wutc", "1Mutc", "3Mutc",
    ];

    private static readonly string[] CandlePrefixes = ["candle", "mark-price-candle", "index-candle"];

    private static readonly Dictionary<string, ChannelPlacement> Channels = new(StringComparer.Ordinal)
    {
        ["tickers"] = new(WebSocketEndpoint.Public, false),
        ["books"] = new(WebSocketEndpoint.Public, false),
        ["books5"] = new(WebSocketEndpoint.Public, false),
        ["bbo-tbt"] = new(WebSocketEndpoint.Public, false),
        ["books-l2-tbt"] = new(WebSocketEndpoint.Public, true, TickByTickBookVipLevel),
        ["books50-l2-tbt"] = new(WebSocketEndpoint.Public, true, TickByTickBookVipLevel),
        ["trades"] = new(WebSocketEndpoint.Public, false),
        ["mark-price"] = new(WebSocketEndpoint.Public, false),
        ["index-tickers"] = new(WebSocketEndpoint.Public, false),
        ["funding-rate"] = new(WebSocketEndpoint.Public, false),
        ["price-limit"] = new(WebSocketEndpoint.Public, false),
        ["open-interest"] = new(WebSocketEndpoint.Public, false),
        ["estimated-price"] = new(WebSocketEndpoint.Public, false),
        ["opt-summary"] = new(WebSocketEndpoint.Public, false),
        ["option-trades"] = new(WebSocketEndpoint.Public, false),
        ["liquidation-orders"] = new(WebSocketEndpoint.Public, false),
        ["instruments"] = new(WebSocketEndpoint.Public, false),
        ["status"] = new(WebSocketEndpoint.Public, false),
        ["call-auction-details"] = new(WebSocketEndpoint.Public, false),
        ["account"] = new(WebSocketEndpoint.Private, true),
        ["positions"] = new(WebSocketEndpoint.Private, true),
        ["balance_and_position"] = new(WebSocketEndpoint.Private, true),
        ["liquidation-warning"] = new(WebSocketEndpoint.Private, true),
        ["account-greeks"] = new(WebSocketEndpoint.Private, true),
        ["orders"] = new(WebSocketEndpoint.Private, true),
        ["fills"] = new(WebSocketEndpoint.Private, true),
        ["trades-all"] = new(WebSocketEndpoint.Business, false),
        ["orders-algo"] = new(WebSocketEndpoint.Business, true),
        ["algo-advance"] = new(WebSocketEndpoint.Business, true),
        ["deposit-info"] = new(WebSocketEndpoint.Business, true),
        ["withdrawal-info"] = new(WebSocketEndpoint.Business, true),
        ["grid-orders-spot"] = new(WebSocketEndpoint.Business, true),
        ["grid-orders-contract"] = new(WebSocketEndpoint.Business, true),
        ["grid-positions"] = new(WebSocketEndpoint.Business, true),
        ["grid-sub-orders"] = new(WebSocketEndpoint.Business, true),
        ["economic-calendar"] = new(WebSocketEndpoint.Business, true),
    };

    public static bool TryFind(string channel, out ChannelPlacement placement)
    {
        if (Channels.TryGetValue(channel, out placement))
        {
            return true;
        }

        foreach (string prefix in CandlePrefixes)
        {
            if (channel.StartsWith(prefix, StringComparison.Ordinal) && Array.IndexOf(CandleBars, channel[prefix.Length..]) >= 0)
            {
                placement = new ChannelPlacement(WebSocketEndpoint.Business, false);
                return true;
            }
        }

        return false;
    }
}
