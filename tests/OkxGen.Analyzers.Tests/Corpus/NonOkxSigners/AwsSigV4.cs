using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace Cloud.Aws;

/// <summary>An AWS SigV4 signer, HMAC inline: the amz date is yyyyMMdd'T'HHmmss'Z', which is right for AWS.</summary>
public sealed class AwsSigV4Signer
{
    public void Sign(HttpRequestMessage request, string secretKey, string region, string service, string payloadHash)
    {
        DateTime now = DateTime.UtcNow;
        string amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        string date = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        string scope = $"{date}/{region}/{service}/aws4_request";
        string canonical = "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:" + amzDate + "\n\nhost;x-amz-date\n" + payloadHash;
        string stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("aws4_request"));
        string signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIA/{scope}, SignedHeaders=host;x-amz-date, Signature={signature}");
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}

/// <summary>The same signer with the HMAC in a helper.</summary>
public sealed class AwsSigV4HelperSigner
{
    public string StringToSign(string scope, string canonicalHash) =>
        SignatureHelper.HexHmac("secret", "AWS4-HMAC-SHA256\n" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "\n" + scope + "\n" + canonicalHash);
}

/// <summary>A shared HMAC helper.</summary>
public static class SignatureHelper
{
    public static string HexHmac(string secret, string message) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message))).ToLowerInvariant();
}
