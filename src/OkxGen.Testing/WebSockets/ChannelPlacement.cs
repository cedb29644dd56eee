namespace OkxGen.Testing.WebSockets;

/// <summary>Where a channel lives and whether subscribing needs login.</summary>
internal readonly record struct ChannelPlacement(WebSocketEndpoint Endpoint, bool NeedsLogin);
