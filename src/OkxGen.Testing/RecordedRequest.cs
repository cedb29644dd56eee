using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace OkxGen.Testing;

/// <summary>One request as the <see cref="OkxTestServer"/> received it, with the outcome of its verification. Immutable.</summary>
public sealed class RecordedRequest
{
    private readonly byte[] _body;
    private Dictionary<string, StringValues>? _query;

    internal RecordedRequest(
        string method,
        string rawTarget,
        IReadOnlyDictionary<string, string> headers,
        byte[] body,
        DateTimeOffset receivedAt,
        string verificationCode,
        string verificationMessage,
        bool isPublic,
        OkxFaultKind? fault)
    {
        Method = method;
        RawTarget = rawTarget;
        int queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        Path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        QueryString = queryStart < 0 ? string.Empty : rawTarget[queryStart..];
        Headers = headers;
        _body = body;
        BodyText = Encoding.UTF8.GetString(body);
        ReceivedAt = receivedAt;
        VerificationCode = verificationCode;
        VerificationMessage = verificationMessage;
        IsPublic = isPublic;
        Fault = fault;
    }

    /// <summary>The HTTP method as received, for example <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request target exactly as it came on the wire (path and query, not decoded): what OKX signs.</summary>
    public string RawTarget { get; }

    /// <summary>The path part of <see cref="RawTarget"/>, not decoded.</summary>
    public string Path { get; }

    /// <summary>The query part of <see cref="RawTarget"/> including the leading <c>?</c>, or empty.</summary>
    public string QueryString { get; }

    /// <summary>The request headers; names compare case-insensitively; repeated headers are joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body bytes exactly as received.</summary>
    public ReadOnlyMemory<byte> Body => _body;

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText { get; }

    /// <summary>When the request arrived, on the server's clock (provider time plus offset).</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary><c>"0"</c> when the request passed verification (always for public endpoints), otherwise the OKX error code it was answered with (see <see cref="OkxErrorCodes"/>).</summary>
    public string VerificationCode { get; }

    /// <summary>The error message sent with <see cref="VerificationCode"/>, or empty when accepted.</summary>
    public string VerificationMessage { get; }

    /// <summary>Whether the request passed verification.</summary>
    public bool IsAccepted => VerificationCode == OkxErrorCodes.Success;

    /// <summary>Whether the path is a public endpoint (under <c>/api/v5/public/</c> or <c>/api/v5/market/</c>) that needs no authentication.</summary>
    public bool IsPublic { get; }

    /// <summary>The injected fault applied to this request, if any.</summary>
    public OkxFaultKind? Fault { get; }

    /// <summary>Gets a header value.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Gets a query parameter, URL-decoded.</summary>
    /// <param name="name">The parameter name (compared case-insensitively).</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? GetQueryValue(string name)
    {
        _query ??= QueryHelpers.ParseQuery(QueryString);
        return _query.TryGetValue(name, out StringValues value) ? value.ToString() : null;
    }

    /// <summary>The method, target and verification code, for test output.</summary>
    /// <returns>For example <c>POST /api/v5/trade/order -&gt; 50113</c>.</returns>
    public override string ToString() => Method + " " + RawTarget + " -> " + VerificationCode;
}
