using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OkxGen.Testing.Canonical;

namespace OkxGen.Testing.Verification;

/// <summary>
/// Checks a request as OKX does, in this order: headers present, key known, timestamp format, timestamp window, passphrase,
/// environment (demo header), signature over the raw target and raw body, then for POST a non-empty, valid (and in strict
/// mode canonical) JSON body.
/// </summary>
internal sealed class RequestVerifier
{
    private readonly ConcurrentDictionary<string, OkxTestKey> _keys;
    private readonly TimeSpan _window;
    private readonly bool _strictCanonicalJson;

    public RequestVerifier(ConcurrentDictionary<string, OkxTestKey> keys, TimeSpan window, bool strictCanonicalJson)
    {
        _keys = keys;
        _window = window;
        _strictCanonicalJson = strictCanonicalJson;
    }

    /// <summary>Public market data and public reference data need no authentication; auth headers on them are ignored.</summary>
    public static bool IsPublicPath(string path) =>
        path.StartsWith("/api/v5/public/", StringComparison.Ordinal) || path.StartsWith("/api/v5/market/", StringComparison.Ordinal)
        || IsPublicElsewhere(path);

    // OKX's other public endpoints (OkxGen.Api declares them with Signed = false): trading statistics and the exchange list.
    private static bool IsPublicElsewhere(string path) =>
        path.StartsWith("/api/v5/rubik/", StringComparison.Ordinal) || path == "/api/v5/asset/exchange-list";

    public VerificationResult Verify(string method, string rawTarget, string path, IHeaderDictionary headers, byte[] body, DateTimeOffset now)
    {
        if (IsPublicPath(path))
        {
            return VerificationResult.Public;
        }

        string? apiKey = Header(headers, OkxHeaderNames.ApiKey);
        string? passphrase = Header(headers, OkxHeaderNames.Passphrase);
        string? sign = Header(headers, OkxHeaderNames.Sign);
        string? timestamp = Header(headers, OkxHeaderNames.Timestamp);
        if (apiKey is null)
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.MissingApiKey, "Request header OK-ACCESS-KEY cannot be empty.");
        }

        if (passphrase is null)
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.MissingPassphrase, "Request header OK-ACCESS-PASSPHRASE cannot be empty.");
        }

        if (sign is null)
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.MissingSign, "Request header OK-ACCESS-SIGN cannot be empty.");
        }

        if (timestamp is null)
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.MissingTimestamp, "Request header OK-ACCESS-TIMESTAMP cannot be empty.");
        }

        if (!_keys.TryGetValue(apiKey, out OkxTestKey? key))
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.InvalidApiKey, "Invalid OK-ACCESS-KEY");
        }

        if (!OkxTimestamp.TryParse(timestamp, out DateTimeOffset sentAt))
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.InvalidTimestamp, "Invalid OK-ACCESS-TIMESTAMP");
        }

        if ((now - sentAt).Duration() > _window)
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.TimestampExpired, "Timestamp request expired");
        }

        if (!FixedTimeEquals(passphrase, key.Passphrase))
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.WrongPassphrase, "OK-ACCESS-PASSPHRASE incorrect.");
        }

        bool demoRequested = string.Equals(Header(headers, OkxHeaderNames.SimulatedTrading), "1", StringComparison.Ordinal);
        if (demoRequested != key.IsDemo)
        {
            return VerificationResult.Unauthorized(OkxErrorCodes.EnvironmentMismatch, "APIKey does not match current environment.");
        }

        if (!FixedTimeEquals(sign, ComputeSign(key.SecretKey, timestamp, method, rawTarget, body)))
        {
            return VerificationResult.InvalidSign(SignatureDiagnosis.Explain(method, rawTarget, body, timestamp, sign, key));
        }

        return HttpMethods.IsPost(method) ? VerifyPostBody(body) : VerificationResult.Accepted;
    }

    private VerificationResult VerifyPostBody(byte[] body)
    {
        if (body.Length == 0)
        {
            return VerificationResult.BadRequest(OkxErrorCodes.EmptyPostBody, "Body for POST request cannot be empty.");
        }

        if (_strictCanonicalJson)
        {
            return CanonicalJsonChecker.TryFindViolation(body, out CanonicalJsonViolation? violation)
                ? VerificationResult.BadRequest(OkxErrorCodes.JsonSyntaxError, "JSON syntax error: body is not canonical JSON: " + violation.Message)
                : VerificationResult.Accepted;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return VerificationResult.Accepted;
        }
        catch (JsonException exception)
        {
            return VerificationResult.BadRequest(OkxErrorCodes.JsonSyntaxError, "JSON syntax error: " + exception.Message);
        }
    }

    /// <summary>Base64(HMAC-SHA256(secret, timestamp + METHOD + raw target + raw body bytes)).</summary>
    private static string ComputeSign(string secretKey, string timestamp, string method, string rawTarget, byte[] body)
    {
        byte[] head = Encoding.UTF8.GetBytes(timestamp + method + rawTarget);
        byte[] prehash = new byte[head.Length + body.Length];
        head.CopyTo(prehash, 0);
        body.CopyTo(prehash, head.Length);
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), prehash);
        return Convert.ToBase64String(mac);
    }

    private static bool FixedTimeEquals(string received, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));

    private static string? Header(IHeaderDictionary headers, string name)
    {
        StringValues values = headers[name];
        string joined = values.ToString();
        return joined.Length == 0 ? null : joined;
    }
}
