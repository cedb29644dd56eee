namespace OkxGen.WebSockets;

/// <summary>The three WebSocket services of OKX V5, each a path on the same host.</summary>
public enum OkxWebSocketEndpoint
{
    /// <summary><c>/ws/v5/public</c>: market data, no login.</summary>
    Public,

    /// <summary><c>/ws/v5/private</c>: account and order channels and order operations, after a login.</summary>
    Private,

    /// <summary><c>/ws/v5/business</c>: candles, algo and bot channels; logged in when credentials are set.</summary>
    Business,
}
