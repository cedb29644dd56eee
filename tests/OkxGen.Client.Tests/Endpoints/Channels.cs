using OkxGen.WebSockets;

namespace OkxGen.Client.Tests.Endpoints;

public sealed record OrderUpdate
{
    public string? OrdId { get; init; }
    public string? State { get; init; }
}

[OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderUpdate))]
public sealed partial record OrdersChannel(string InstType);
