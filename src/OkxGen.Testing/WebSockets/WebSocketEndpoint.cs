namespace OkxGen.Testing.WebSockets;

/// <summary>The three OKX WebSocket endpoints, <c>/ws/v5/public</c>, <c>/ws/v5/private</c> and <c>/ws/v5/business</c>.</summary>
internal enum WebSocketEndpoint
{
    Public,
    Private,
    Business,
}
