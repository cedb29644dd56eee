namespace OkxGen.Testing.WebSockets;

/// <summary>Where a channel lives, whether subscribing needs login, and the lowest VIP fee tier OKX serves it to (0: any).</summary>
internal readonly record struct ChannelPlacement(WebSocketEndpoint Endpoint, bool NeedsLogin, int MinimumVipLevel = 0);
