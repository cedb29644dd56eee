using System;

namespace OkxGen.WebSockets;

/// <summary>
/// Declares a partial record (or class or struct) as the argument of an OKX WebSocket channel. The generator writes
/// the subscription argument with the canonical writer (the <c>channel</c> key sorted with the members) and a reader
/// for <see cref="Push"/>, and implements <see cref="IOkxChannel{T}"/>.
/// </summary>
/// <example>
/// <code>
/// [OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderUpdate))]
/// public partial record OrdersChannel
/// {
///     public required string InstType { get; init; }   // {"channel":"orders","instType":"SPOT"}
///     public string? InstId { get; init; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class OkxChannelAttribute : Attribute
{
    /// <summary>Declares the channel.</summary>
    /// <param name="channel">OKX's channel name, for example <c>tickers</c> or <c>orders</c>.</param>
    public OkxChannelAttribute(string channel)
    {
        Channel = channel;
    }

    /// <summary>Gets OKX's channel name.</summary>
    public string Channel { get; }

    /// <summary>Gets or sets the service the channel lives on. Defaults to <see cref="OkxWebSocketEndpoint.Public"/>.</summary>
    public OkxWebSocketEndpoint Endpoint { get; set; }

    /// <summary>Gets or sets the type of one item of a push's <c>data</c> array.</summary>
    public Type? Push { get; set; }
}
