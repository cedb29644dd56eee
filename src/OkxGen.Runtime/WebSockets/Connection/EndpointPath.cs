namespace OkxGen.WebSockets.Connection;

/// <summary>The path of each WebSocket service below a host, as OKX names it: the address's tail and the metrics' tag.</summary>
internal static class EndpointPath
{
    public static string Of(OkxWebSocketEndpoint endpoint) => endpoint switch
    {
        OkxWebSocketEndpoint.Private => "/ws/v5/private",
        OkxWebSocketEndpoint.Business => "/ws/v5/business",
        _ => "/ws/v5/public",
    };
}
