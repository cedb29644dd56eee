using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace OkxGen.Testing.Tests;

/// <summary>
/// Builds signed requests the way a correct OKX client does, with <see cref="HMACSHA256"/> directly, independent of the
/// server's code. The body goes out as <see cref="ByteArrayContent"/> so that its bytes are not altered.
/// </summary>
public sealed class TestSigner
{
    public const string ApiKey = "test-key";
    public const string Passphrase = "test-passphrase";
    public const string Secret = "22582BD0CFF14C41EDBF1AB98506286D";

    public TestSigner(string secret = Secret, string apiKey = ApiKey, string passphrase = Passphrase, bool demo = true)
    {
        SecretKey = secret;
        Key = apiKey;
        KeyPassphrase = passphrase;
        Demo = demo;
    }

    public string SecretKey { get; }

    public string Key { get; }

    public string KeyPassphrase { get; }

    public bool Demo { get; }

    public static string FormatTimestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);

    public static string Sign(string secret, string timestamp, string method, string target, byte[] body)
    {
        byte[] head = Encoding.UTF8.GetBytes(timestamp + method + target);
        byte[] prehash = new byte[head.Length + body.Length];
        head.CopyTo(prehash, 0);
        body.CopyTo(prehash, head.Length);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), prehash));
    }

    /// <summary>A request signed over exactly the target and body bytes it carries.</summary>
    public HttpRequestMessage Create(string method, string target, string timestamp, string? body = null) =>
        Create(method, target, timestamp, body is null ? null : Encoding.UTF8.GetBytes(body));

    /// <summary>A request signed over exactly the target and body bytes it carries.</summary>
    public HttpRequestMessage Create(string method, string target, string timestamp, byte[]? body) =>
        CreateSignedOver(method, target, timestamp, body, Sign(SecretKey, timestamp, method, target, body ?? Array.Empty<byte>()));

    /// <summary>A request carrying the given target, timestamp, body and signature, whatever they were computed over.</summary>
    public HttpRequestMessage CreateSignedOver(string method, string target, string timestamp, byte[]? body, string sign)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(target, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", Key);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", sign);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", KeyPassphrase);
        if (Demo)
        {
            request.Headers.TryAddWithoutValidation("x-simulated-trading", "1");
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }
}
