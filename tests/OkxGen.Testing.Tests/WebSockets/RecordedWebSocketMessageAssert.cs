using OkxGen.Testing.WebSockets;

namespace OkxGen.Testing.Tests.WebSockets;

public static class RecordedWebSocketMessageAssert
{
    /// <summary>Exactly one message was recorded, with this op and answer code.</summary>
    public static RecordedWebSocketMessage Single(OkxTestServer server, string op, string? code)
    {
        RecordedWebSocketMessage message = Assert.Single(server.WebSocketMessages);
        Assert.Equal((op, code), (message.Op, message.Code));
        return message;
    }
}
