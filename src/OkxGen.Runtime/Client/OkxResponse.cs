using System;
using System.Collections.Generic;
using System.Net;

namespace OkxGen;

/// <summary>
/// An OKX V5 response: <c>{"code":"0","msg":"","data":[...]}</c>, with <c>data</c> read as <typeparamref name="T"/>.
/// API errors (a non-zero <see cref="Code"/>, also on HTTP 4xx such as <c>50113</c>) are responses, not exceptions:
/// check <see cref="IsSuccess"/> or call <see cref="EnsureSuccess"/>.
/// </summary>
/// <typeparam name="T">The type of an item of <c>data</c>.</typeparam>
public sealed class OkxResponse<T>
{
    /// <summary>Creates a response.</summary>
    /// <param name="code">OKX's <c>code</c>: <c>"0"</c> on success.</param>
    /// <param name="msg">OKX's <c>msg</c>.</param>
    /// <param name="data">The items of <c>data</c>.</param>
    /// <param name="itemErrors">The items that report a failure in <c>sCode</c>/<c>sMsg</c>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    public OkxResponse(string code, string msg, IReadOnlyList<T> data, IReadOnlyList<OkxItemError> itemErrors, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(msg);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(itemErrors);
        Code = code;
        Msg = msg;
        Data = data;
        ItemErrors = itemErrors;
        StatusCode = statusCode;
    }

    /// <summary>Gets OKX's <c>code</c>: <c>"0"</c> on success, <c>"1"</c> when an operation failed, <c>"2"</c> when a bulk operation partly succeeded, or an error code such as <c>"50113"</c>.</summary>
    public string Code { get; }

    /// <summary>Gets OKX's <c>msg</c>, empty on success.</summary>
    public string Msg { get; }

    /// <summary>
    /// Gets the items of <c>data</c>; empty when the response has none. The few endpoints whose <c>data</c> is one object
    /// rather than an array (<c>GET /api/v5/market/index-components</c>...) have that object as the one item.
    /// </summary>
    public IReadOnlyList<T> Data { get; }

    /// <summary>Gets the items whose <c>sCode</c> reports a failure (trade endpoints), with their index in <see cref="Data"/>.</summary>
    public IReadOnlyList<OkxItemError> ItemErrors { get; }

    /// <summary>Gets the HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets when OKX's gateway received a WebSocket order operation (OKX's <c>inTime</c>, microsecond precision); <see langword="null"/> for REST.</summary>
    public DateTimeOffset? InTime { get; internal set; }

    /// <summary>Gets when OKX's gateway sent the answer to a WebSocket order operation (OKX's <c>outTime</c>); <see langword="null"/> for REST.</summary>
    public DateTimeOffset? OutTime { get; internal set; }

    /// <summary>Gets whether <see cref="Code"/> is <c>"0"</c>.</summary>
    public bool IsSuccess => Code == "0";

    /// <summary>
    /// Gets whether OKX refused the request for its rate limits: <c>50011</c> (the endpoint's limit, with HTTP 429 or
    /// 200), <c>50061</c> (the sub-account's order limit), or any answer with HTTP 429. The client never retries these by
    /// itself: wait, then send again if the request should still go.
    /// </summary>
    public bool IsRateLimited => Code is "50011" or "50061" || StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>Throws when the response is not a success.</summary>
    /// <returns>This response, to chain <c>.EnsureSuccess().Data</c>.</returns>
    /// <exception cref="OkxApiException"><see cref="Code"/> is not <c>"0"</c>; it carries the code, the message and the failing items.</exception>
    public OkxResponse<T> EnsureSuccess() => IsSuccess ? this : throw new OkxApiException(Code, Msg, ItemErrors);

    /// <inheritdoc/>
    public override string ToString() => IsSuccess
        ? $"OkxResponse {{ Code = 0, Data = {Data.Count} item(s) }}"
        : $"OkxResponse {{ Code = {Code}, Msg = {Msg}, ItemErrors = {ItemErrors.Count} }}";
}
