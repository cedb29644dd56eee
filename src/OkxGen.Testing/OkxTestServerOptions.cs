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
    /// When <see langword="true"/> (the default), a signed POST body that is not canonical JSON (whitespace outside strings,
    /// keys not in ordinal order, duplicate keys) is rejected with 50002. Real OKX accepts any valid JSON; this stricter check
    /// proves a client sends exactly one canonical form.
    /// </summary>
    public bool StrictCanonicalJson { get; set; } = true;

    /// <summary>
    /// When <see langword="true"/>, a 50113 answer carries the signature doctor's explanation in the test-only header
    /// <c>X-OkxGen-Diagnosis</c>, for clients in other languages that only see the HTTP answer. Off by default, so
    /// that answers keep OKX's wire format; <see cref="RecordedRequest.VerificationMessage"/> always carries it.
    /// </summary>
    public bool ExplainInvalidSign { get; set; }

    /// <summary>Keys the server accepts from the start; more can be added with <see cref="OkxTestServer.AddKey(string, string, string, bool)"/>.</summary>
    public IList<OkxTestKey> Keys { get; } = new List<OkxTestKey>();
}
