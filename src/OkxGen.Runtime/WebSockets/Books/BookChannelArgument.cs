using System;
using OkxGen.Serialization;

namespace OkxGen.WebSockets.Books;

/// <summary>The argument of an order book subscription, <c>{"channel":"books","instId":"BTC-USDT"}</c>.</summary>
internal sealed class BookChannelArgument(OkxBookChannel channel, string instId) : IOkxChannel<BookMessage>
{
    public string Channel { get; } = channel switch
    {
        OkxBookChannel.Books5 => "books5",
        OkxBookChannel.BboTbt => "bbo-tbt",
        OkxBookChannel.BooksL2Tbt => "books-l2-tbt",
        OkxBookChannel.Books50L2Tbt => "books50-l2-tbt",
        _ => "books",
    };

    public OkxWebSocketEndpoint Endpoint => OkxWebSocketEndpoint.Public;

    public OkxResponseReader<BookMessage> PushReader => BookMessageReader.Instance;

    public bool TryWriteArgument(Span<byte> destination, out int bytesWritten)
    {
        var writer = new OkxJsonWriter(destination);
        writer.WriteStartObject();
        writer.WriteEncodedPropertyName("\"channel\":"u8);
        writer.WriteStringValue(Channel, "channel");
        writer.WriteEncodedPropertyName("\"instId\":"u8);
        writer.WriteStringValue(instId, "instId");
        writer.WriteEndObject();
        return writer.TryComplete(out bytesWritten);
    }
}
