using System;
using System.Collections.Generic;

namespace OkxGen.Testing;

/// <summary>Settings for <see cref="OkxTestServer.StartAsync(OkxTestServerOptions?, System.Threading.CancellationToken)"/>.</summary>
public sealed class OkxTestServerOptions
{
    /// <summary>The source of the server's clock; the server's time is this provider's UTC time plus <see cref="ClockOffset"/>. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The initial skew of the server's clock against <see cref="TimeProvider"/>; can be changed later with <see cref="OkxTestServer.ClockOffset"/>.</summary>
    public TimeSpan ClockOffset { get; set; }

    /// <summary>How far a request's <c>OK-ACCESS-TIMESTAMP</c> may be from the server's clock, either way, before it is rejected with 50102. OKX uses 30 seconds.</summary>
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When <see langword="true"/>, a correctly signed POST body that is not canonical JSON (whitespace outside strings, keys not
    /// in code-point order, duplicate keys) is rejected with 50002. Off by default, as on OKX, which hashes the bytes it receives
    /// and accepts any valid JSON (python-okx and ccxt send spaced, unsorted bodies). Turn it on in the tests of code that signs
    /// with OkxGen, to prove that every body is the one canonical form.
    /// </summary>
    public bool StrictCanonicalJson { get; set; }

    /// <summary>The port to listen on, on 127.0.0.1; 0 (the default) picks a free port. A fixed port lets clients in other processes find the server.</summary>
    public int Port { get; set; }

    /// <summary>Keys the server accepts from the start; more can be added with <see cref="OkxTestServer.AddKey(string, string, string, bool)"/>.</summary>
    public IList<OkxTestKey> Keys { get; } = new List<OkxTestKey>();

    /// <summary>
    /// How long a WebSocket connection may stay silent (no message from the client, pings included) before the server closes it
    /// with status 4004 "No data received in 30s", as OKX does after 30 seconds (the default). Measured on
    /// <see cref="TimeProvider"/>'s timers; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> never closes.
    /// </summary>
    public TimeSpan WebSocketIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
