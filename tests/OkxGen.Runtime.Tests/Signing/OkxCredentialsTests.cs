using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace OkxGen.Runtime.Tests;

public sealed class OkxCredentialsTests
{
    private const string ApiKey = "3f8a9c1e-apikey-0000-1111-222233334444";
    private const string Secret = "SECRET-must-never-be-printed-7f3a";
    private const string Passphrase = "PASSPHRASE-must-never-be-printed-9c1b";

    private static readonly SigningVector Vector = VectorFile.Get("place-order-limit-with-attached-tp-sl");

    [Fact]
    public void ToString_ShowsApiKeyPrefixOnly()
    {
        string text = new OkxCredentials(ApiKey, Secret, Passphrase).ToString();

        Assert.Equal("OkxCredentials { ApiKey = 3f8a\u2026 }", text);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Passphrase, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShortApiKey_IsMaskedWhole()
    {
        string text = new OkxCredentials("k1", Secret, Passphrase).ToString();

        Assert.Equal("OkxCredentials { ApiKey = *** }", text);
    }

    [Fact]
    public void PublicProperties_NeverExposeSecret()
    {
        var credentials = new OkxCredentials(ApiKey, Secret, Passphrase);

        // Reflection is fine here: it guards against a property added later, in the runtime that uses none.
        foreach (var property in typeof(OkxCredentials).GetProperties())
        {
            Assert.NotEqual(Secret, property.GetValue(credentials) as string);
        }

        Assert.Equal(ApiKey, credentials.ApiKey);
        Assert.Equal(Passphrase, credentials.Passphrase);
    }

    [Theory]
    [InlineData("apiKey", null)]
    [InlineData("apiKey", "")]
    [InlineData("secretKey", null)]
    [InlineData("secretKey", "")]
    [InlineData("passphrase", null)]
    [InlineData("passphrase", "")]
    public void Ctor_NullOrEmptyArgument_ThrowsNamingParameterOnly(string parameter, string? value)
    {
        string? Pick(string name, string valid) => name == parameter ? value : valid;

        var ex = Assert.ThrowsAny<ArgumentException>(() => new OkxCredentials(
            Pick("apiKey", ApiKey)!, Pick("secretKey", Secret)!, Pick("passphrase", Passphrase)!));

        Assert.Equal(parameter, ex.ParamName);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Passphrase, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_MatchesOkxSignerAndVector()
    {
        var credentials = new OkxCredentials(ApiKey, Vector.SecretKey, Passphrase);

        string sign = credentials.Sign(Vector.Timestamp, Vector.Method, Vector.ExpectedRequestPath, Vector.ExpectedBody);

        Assert.Equal(
            OkxSigner.Sign(Vector.SecretKey, Vector.Timestamp, Vector.Method, Vector.ExpectedRequestPath, Vector.ExpectedBody),
            sign);
        Assert.Equal(Vector.ExpectedSign, sign);
    }

    [Fact]
    public void TrySign_MatchesVector()
    {
        var credentials = new OkxCredentials(ApiKey, Vector.SecretKey, Passphrase);
        var destination = new byte[OkxSigner.SignatureLength];

        Assert.True(credentials.TrySign(Encoding.UTF8.GetBytes(Vector.ExpectedPrehash), destination, out int written));

        Assert.Equal(OkxSigner.SignatureLength, written);
        Assert.Equal(Vector.ExpectedSign, Encoding.ASCII.GetString(destination));
    }

    [Fact]
    public void TrySign_DestinationTooSmall_ReturnsFalse()
    {
        var credentials = new OkxCredentials(ApiKey, Vector.SecretKey, Passphrase);

        Assert.False(credentials.TrySign(Encoding.UTF8.GetBytes(Vector.ExpectedPrehash), new byte[10], out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public async Task TrySign_FromManyThreadsAtOnce_MatchesAnIndependentHmac()
    {
        using var credentials = new OkxCredentials("key-0123456789", "22582BD0CFF14C41EDBF1AB98506286D", "pass");
        byte[] secret = Encoding.UTF8.GetBytes("22582BD0CFF14C41EDBF1AB98506286D");

        bool[] results = await Task.WhenAll(Enumerable.Range(0, 16).Select(worker => Task.Run(() =>
        {
            var signature = new byte[OkxSigner.SignatureLength];
            for (int i = 0; i < 500; i++)
            {
                byte[] prehash = Encoding.UTF8.GetBytes($"2020-12-08T09:08:57.715ZPOST/api/v5/trade/order{{\"n\":\"{worker}-{i}\"}}");
                string expected = Convert.ToBase64String(HMACSHA256.HashData(secret, prehash));
                if (!credentials.TrySign(prehash, signature, out int written) || Encoding.ASCII.GetString(signature, 0, written) != expected)
                {
                    return false;
                }
            }

            return true;
        })));

        Assert.All(results, Assert.True);
    }

    [Fact]
    public void TrySign_WhenWarm_AllocatesNothing()
    {
        using var credentials = new OkxCredentials("key-0123456789", "secret", "pass");
        byte[] prehash = Encoding.UTF8.GetBytes(Vector.ExpectedPrehash);
        var signature = new byte[OkxSigner.SignatureLength];
        credentials.TrySign(prehash, signature, out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            credentials.TrySign(prehash, signature, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void TrySign_AfterDispose_Throws()
    {
        var credentials = new OkxCredentials("key-0123456789", "secret", "pass");
        credentials.Dispose();
        credentials.Dispose();

        Assert.Throws<ObjectDisposedException>(() => credentials.TrySign("x"u8, new byte[OkxSigner.SignatureLength], out _));
    }
}
