using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace OkxGen.Client.Tests.TestSupport;

internal static class ClientFactory
{
    public const string ApiKey = "0f4e2c3a-9d1b-4a55-8f6e-7c2b1a0d9e8f";
    public const string SecretKey = "22582BD0CFF14C41EDBF1AB98506286D";
    public const string Passphrase = "Correct-Horse-7";

    // 2020-12-08T09:08:57.715Z, the timestamp of OKX's documentation example.
    public static readonly DateTimeOffset Now = new(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero);

    public static OkxClient Create(StubHandler handler, Action<OkxClientOptions>? configure = null)
    {
        var options = new OkxClientOptions
        {
            BaseAddress = new Uri("https://okx.test"),
            Credentials = new OkxCredentials(ApiKey, SecretKey, Passphrase),
            TimeProvider = new FixedTimeProvider(Now),
        };
        configure?.Invoke(options);
        return new OkxClient(new HttpClient(handler), options);
    }

    /// <summary>The signature computed independently of OkxGen's signer.</summary>
    public static string ExpectedSignature(string timestamp, string method, string requestPath, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), Encoding.UTF8.GetBytes(timestamp + method + requestPath + body)));
}
