using System;
using Microsoft.Extensions.Logging;

namespace OkxGen;

/// <summary>How an <see cref="OkxClient"/> reaches OKX and signs its requests.</summary>
public sealed class OkxClientOptions
{
    /// <summary>The address of OKX's production REST API, <c>https://www.okx.com</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://www.okx.com");

    /// <summary>The default of <see cref="MaxResponseSize"/>: 16 MiB, the cap the client also puts on a request.</summary>
    public const int DefaultMaxResponseSize = 16 * 1024 * 1024;

    private Uri? _baseAddress;
    private OkxEnvironment _environment = OkxEnvironment.Global;

    /// <summary>
    /// Gets or sets the API's address. Defaults to the <see cref="Environment"/>'s
    /// <see cref="OkxEnvironment.RestAddress"/>; once set, it overrides the environment (a proxy, a test server).
    /// </summary>
    public Uri BaseAddress
    {
        get => _baseAddress ?? Environment.RestAddress;
        set => _baseAddress = value;
    }

    /// <summary>
    /// Gets or sets OKX's site: <see cref="OkxEnvironment.Global"/> (the default), <see cref="OkxEnvironment.Eea"/> or
    /// <see cref="OkxEnvironment.Us"/>. A key works only on the site where it was created.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public OkxEnvironment Environment
    {
        get => _environment;
        set => _environment = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets or sets what the client does with the endpoints' declared rate limits: wait for a permit (the default),
    /// fail at once without sending, or not count.
    /// </summary>
    public OkxRateLimitMode RateLimiting { get; set; } = OkxRateLimitMode.Wait;

    /// <summary>
    /// Gets or sets the limiter that counts the requests; <see langword="null"/> (the default) gives the client its own,
    /// on <see cref="TimeProvider"/>. Share one instance between the clients and sockets that use the same keys.
    /// </summary>
    public OkxRateLimiter? RateLimiter { get; set; }

    /// <summary>Gets or sets the API key that signs requests; required for signed endpoints, not for public ones.</summary>
    public OkxCredentials? Credentials { get; set; }

    /// <summary>Gets or sets whether requests go to demo trading: each sends <c>x-simulated-trading: 1</c>.</summary>
    public bool Simulated { get; set; }

    /// <summary>Gets or sets the clock that timestamps requests. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets how long an order request stays valid: when set, endpoints that honour it (place, batch place,
    /// amend, batch amend) send the <c>expTime</c> header, the request's time plus this span, in Unix milliseconds.
    /// </summary>
    public TimeSpan? RequestExpiry { get; set; }

    /// <summary>
    /// Gets or sets the logger that records each call's method, path and code. The secret, the passphrase and the
    /// signature are never logged.
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Gets or sets the largest answer body, in bytes, that the client reads; a larger one is refused with an
    /// <see cref="OkxResponseException"/> naming the endpoint and this cap. Defaults to <see cref="DefaultMaxResponseSize"/>.
    /// </summary>
    public int MaxResponseSize { get; set; } = DefaultMaxResponseSize;

    // The one copy of the options, taken by OkxClient when it is created (the DI registration hands the options to
    // that constructor): a field-by-field copy, so that an option added later cannot be left behind.
    internal OkxClientOptions Clone() => (OkxClientOptions)MemberwiseClone();
}
