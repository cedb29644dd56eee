using System;

namespace OkxGen;

/// <summary>
/// One of OKX's sites and its hosts: the REST address and the WebSocket addresses, live and demo. An API key works only
/// on the site where it was created; on another site OKX answers with key errors (<c>50119</c> on REST, <c>60032</c> on
/// WebSocket login). Set <see cref="OkxClientOptions.Environment"/>; <see cref="OkxClientOptions.BaseAddress"/>, when
/// set, still overrides the REST address.
/// </summary>
/// <example>
/// <code>
/// var options = new OkxClientOptions { Environment = OkxEnvironment.Eea, Simulated = true };
/// Uri privateSocket = new(OkxEnvironment.Eea.DemoWebSocketAddress, "private");   // wss://wseeapap.okx.com:8443/ws/v5/private
/// </code>
/// </example>
public sealed class OkxEnvironment
{
    /// <summary>Creates an environment, for a site or a proxy that the presets do not name.</summary>
    /// <param name="name">A name for logs and messages, for example <c>EEA</c>.</param>
    /// <param name="restAddress">The REST address, live and demo (demo requests add <c>x-simulated-trading: 1</c>).</param>
    /// <param name="webSocketAddress">The live WebSocket base, ending in <c>/ws/v5/</c>.</param>
    /// <param name="demoWebSocketAddress">The demo WebSocket base, ending in <c>/ws/v5/</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An address is not absolute.</exception>
    public OkxEnvironment(string name, Uri restAddress, Uri webSocketAddress, Uri demoWebSocketAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        RestAddress = Absolute(restAddress, nameof(restAddress));
        WebSocketAddress = Absolute(webSocketAddress, nameof(webSocketAddress));
        DemoWebSocketAddress = Absolute(demoWebSocketAddress, nameof(demoWebSocketAddress));
    }

    /// <summary>
    /// Gets OKX's global site: REST <c>https://www.okx.com</c>, WebSocket <c>wss://ws.okx.com:8443/ws/v5/</c>, demo
    /// WebSocket <c>wss://wspap.okx.com:8443/ws/v5/</c>. The default.
    /// </summary>
    public static OkxEnvironment Global { get; } = new(
        "Global",
        new Uri("https://www.okx.com"),
        new Uri("wss://ws.okx.com:8443/ws/v5/"),
        new Uri("wss://wspap.okx.com:8443/ws/v5/"));

    /// <summary>
    /// Gets OKX's European Economic Area site (my.okx.com accounts): REST <c>https://eea.okx.com</c>, WebSocket
    /// <c>wss://wseea.okx.com:8443/ws/v5/</c>, demo WebSocket <c>wss://wseeapap.okx.com:8443/ws/v5/</c>.
    /// </summary>
    public static OkxEnvironment Eea { get; } = new(
        "EEA",
        new Uri("https://eea.okx.com"),
        new Uri("wss://wseea.okx.com:8443/ws/v5/"),
        new Uri("wss://wseeapap.okx.com:8443/ws/v5/"));

    /// <summary>
    /// Gets OKX's United States site: REST <c>https://us.okx.com</c>, WebSocket <c>wss://wsus.okx.com:8443/ws/v5/</c>,
    /// demo WebSocket <c>wss://wsuspap.okx.com:8443/ws/v5/</c>.
    /// </summary>
    public static OkxEnvironment Us { get; } = new(
        "US",
        new Uri("https://us.okx.com"),
        new Uri("wss://wsus.okx.com:8443/ws/v5/"),
        new Uri("wss://wsuspap.okx.com:8443/ws/v5/"));

    /// <summary>Gets the environment's name.</summary>
    public string Name { get; }

    /// <summary>Gets the REST address. Demo trading uses the same host, with the <c>x-simulated-trading: 1</c> header.</summary>
    public Uri RestAddress { get; }

    /// <summary>Gets the live WebSocket base; append <c>public</c>, <c>private</c> or <c>business</c>.</summary>
    public Uri WebSocketAddress { get; }

    /// <summary>Gets the demo-trading WebSocket base; append <c>public</c>, <c>private</c> or <c>business</c>.</summary>
    public Uri DemoWebSocketAddress { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({RestAddress.Host})";

    private static Uri Absolute(Uri address, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(address, parameterName);
        return address.IsAbsoluteUri ? address : throw new ArgumentException($"'{address}' is not an absolute address.", parameterName);
    }
}
