using System;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing;

/// <summary>An answer the <see cref="OkxTestServer"/> sends: an HTTP status and a JSON body.</summary>
/// <example>
/// <code>
/// server.Respond("GET", "/api/v5/account/balance", request =&gt; OkxTestResponse.Success("""[{"totalEq":"1"}]"""));
/// server.Respond("POST", "/api/v5/trade/order", request =&gt; OkxTestResponse.Error("51000", "Parameter sz error"));
/// </code>
/// </example>
public sealed class OkxTestResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The body, sent as UTF-8 with <c>Content-Type: application/json</c>.</param>
    public OkxTestResponse(int statusCode, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        StatusCode = statusCode;
        Body = body;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The body text.</summary>
    public string Body { get; }

    /// <summary>A response with the given JSON text, sent as is.</summary>
    /// <param name="json">The complete body.</param>
    /// <param name="statusCode">The HTTP status code; 200 by default.</param>
    /// <returns>The response.</returns>
    public static OkxTestResponse Json(string json, int statusCode = 200) => new(statusCode, json);

    /// <summary>A successful OKX envelope, <c>{"code":"0","msg":"","data":...}</c>, around the given data array.</summary>
    /// <param name="dataArrayJson">The JSON array to put in <c>data</c>, for example <c>[{"ordId":"1"}]</c>.</param>
    /// <returns>The response (HTTP 200).</returns>
    public static OkxTestResponse Success(string dataArrayJson)
    {
        ArgumentNullException.ThrowIfNull(dataArrayJson);
        return new(200, OkxJson.Envelope(OkxErrorCodes.Success, string.Empty, dataArrayJson));
    }

    /// <summary>An OKX error body, <c>{"msg":"...","code":"..."}</c>.</summary>
    /// <param name="code">The OKX code, for example <c>"51000"</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The HTTP status code; 200 by default, as OKX uses for business errors.</param>
    /// <returns>The response.</returns>
    public static OkxTestResponse Error(string code, string message, int statusCode = 200) =>
        new(statusCode, OkxJson.Error(code, message));
}
