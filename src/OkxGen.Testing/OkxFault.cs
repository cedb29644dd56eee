using System;
using System.Globalization;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing;

/// <summary>
/// A failure the <see cref="OkxTestServer"/> injects into matching requests; see
/// <see cref="OkxTestServer.InjectFault(OkxFault, int)"/>. A fault with a <see cref="Path"/> applies only to requests for that
/// path (query ignored); without one, to any request.
/// </summary>
/// <example>
/// <code>
/// server.InjectFault(OkxFault.RateLimited("/api/v5/trade/order"), times: 2); // the next two order requests get 429 / 50011
/// server.InjectFault(OkxFault.Latency(TimeSpan.FromSeconds(5)));            // the next request, any path, waits 5 s
/// </code>
/// </example>
public sealed class OkxFault
{
    private OkxFault(OkxFaultKind kind, string? path, int statusCode, string body, TimeSpan delay)
    {
        if (path is not null && !path.StartsWith('/'))
        {
            throw new ArgumentException("A fault path starts with '/', for example /api/v5/trade/order.", nameof(path));
        }

        Kind = kind;
        Path = path;
        StatusCode = statusCode;
        Body = body;
        Delay = delay;
    }

    /// <summary>What the fault does.</summary>
    public OkxFaultKind Kind { get; }

    /// <summary>The path the fault applies to, or <see langword="null"/> for any path.</summary>
    public string? Path { get; }

    /// <summary>The HTTP status sent for <see cref="OkxFaultKind.HttpStatus"/> and <see cref="OkxFaultKind.MalformedJson"/>; 0 otherwise.</summary>
    public int StatusCode { get; }

    /// <summary>The body sent for <see cref="OkxFaultKind.HttpStatus"/> and <see cref="OkxFaultKind.MalformedJson"/>; empty otherwise.</summary>
    public string Body { get; }

    /// <summary>The wait for <see cref="OkxFaultKind.Latency"/>; zero otherwise.</summary>
    public TimeSpan Delay { get; }

    /// <summary>HTTP 429 with <c>{"msg":"Too Many Requests","code":"50011"}</c>.</summary>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault RateLimited(string? path = null) =>
        Status(429, OkxJson.Error(OkxErrorCodes.RateLimited, "Too Many Requests"), path);

    /// <summary>HTTP 503 with <c>{"msg":"System is busy, please try again later.","code":"50013"}</c>.</summary>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault ServiceUnavailable(string? path = null) =>
        Status(503, OkxJson.Error(OkxErrorCodes.SystemBusy, "System is busy, please try again later."), path);

    /// <summary>HTTP 500 with a non-JSON body, as a failing gateway sends.</summary>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault InternalServerError(string? path = null) => Status(500, "Internal Server Error", path);

    /// <summary>Any HTTP status with any body.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The body text.</param>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault Status(int statusCode, string body, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (statusCode is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode.ToString(CultureInfo.InvariantCulture), "An HTTP status code is between 100 and 599.");
        }

        return new(OkxFaultKind.HttpStatus, path, statusCode, body, TimeSpan.Zero);
    }

    /// <summary>HTTP 200 with a body cut off inside the envelope: <c>{"code":"0","msg":"","data":[{"ordId":</c>.</summary>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault MalformedJson(string? path = null) =>
        new(OkxFaultKind.MalformedJson, path, 200, """{"code":"0","msg":"","data":[{"ordId":""", TimeSpan.Zero);

    /// <summary>The normal answer's headers with its full <c>Content-Length</c>, half of its body, then an aborted connection.</summary>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault TruncatedBody(string? path = null) =>
        new(OkxFaultKind.TruncatedBody, path, 0, string.Empty, TimeSpan.Zero);

    /// <summary>The connection is aborted without an answer.</summary>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault DroppedConnection(string? path = null) =>
        new(OkxFaultKind.DroppedConnection, path, 0, string.Empty, TimeSpan.Zero);

    /// <summary>The normal answer after a wait; the wait ends early when the client aborts the request.</summary>
    /// <param name="delay">The wait.</param>
    /// <param name="path">The path to affect, or <see langword="null"/> for any.</param>
    /// <returns>The fault.</returns>
    public static OkxFault Latency(TimeSpan delay, string? path = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(OkxFaultKind.Latency, path, 0, string.Empty, delay);
    }

    /// <summary>The kind and path, for test output.</summary>
    /// <returns>For example <c>HttpStatus 429 on /api/v5/trade/order</c>.</returns>
    public override string ToString() =>
        Kind.ToString() + (Kind == OkxFaultKind.HttpStatus ? " " + StatusCode.ToString(CultureInfo.InvariantCulture) : string.Empty) + " on " + (Path ?? "any path");
}
