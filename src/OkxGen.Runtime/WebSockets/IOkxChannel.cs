using System;

namespace OkxGen.WebSockets;

/// <summary>
/// The argument of an OKX WebSocket subscription, <c>{"channel":"tickers","instId":"BTC-USDT"}</c>. The generator
/// implements it on every <see cref="OkxChannelAttribute"/> type.
/// </summary>
public interface IOkxChannel
{
    /// <summary>Gets OKX's channel name.</summary>
    string Channel { get; }

    /// <summary>Gets the service the channel lives on.</summary>
    OkxWebSocketEndpoint Endpoint { get; }

    /// <summary>Writes the argument as canonical JSON, the <c>channel</c> key included.</summary>
    /// <param name="destination">The buffer to write UTF-8 into.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when the buffer is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small; nothing is thrown then.</returns>
    bool TryWriteArgument(Span<byte> destination, out int bytesWritten);
}

/// <summary>A channel whose pushes carry items of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The type of one item of a push's <c>data</c> array.</typeparam>
public interface IOkxChannel<T> : IOkxChannel
{
    /// <summary>Gets the reader of one item of a push's <c>data</c> array.</summary>
    OkxResponseReader<T> PushReader { get; }
}
