using System;
using System.Security.Cryptography;
using System.Text;

namespace OkxGen.Runtime.Tests;

public sealed class OkxSignerTests
{
    private static readonly SigningVector Vector = VectorFile.Get("get-balance-with-query");

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public void Sign_MatchesVector(string name)
    {
        SigningVector v = VectorFile.Get(name);

        string sign = OkxSigner.Sign(v.SecretKey, v.Timestamp, v.Method, v.ExpectedRequestPath, v.ExpectedBody);

        Assert.Equal(v.ExpectedSign, sign);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public void TryWritePrehash_MatchesVector(string name)
    {
        SigningVector v = VectorFile.Get(name);
        var destination = new byte[4096];

        bool ok = OkxSigner.TryWritePrehash(
            Utf8(v.Timestamp), Utf8(v.Method), Utf8(v.ExpectedRequestPath), Utf8(v.ExpectedBody), destination, out int written);

        Assert.True(ok);
        Assert.Equal(Utf8(v.ExpectedPrehash), destination[..written]);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public void TrySign_MatchesVector(string name)
    {
        SigningVector v = VectorFile.Get(name);
        var destination = new byte[OkxSigner.SignatureLength];

        bool ok = OkxSigner.TrySign(Utf8(v.SecretKey), Utf8(v.ExpectedPrehash), destination, out int written);

        Assert.True(ok);
        Assert.Equal(OkxSigner.SignatureLength, written);
        Assert.Equal(v.ExpectedSign, Encoding.ASCII.GetString(destination));
    }

    [Fact]
    public void TrySign_DestinationTooSmall_ReturnsFalseAndWritesNothing()
    {
        var destination = new byte[OkxSigner.SignatureLength - 1];

        bool ok = OkxSigner.TrySign(Utf8(Vector.SecretKey), Utf8(Vector.ExpectedPrehash), destination, out int written);

        Assert.False(ok);
        Assert.Equal(0, written);
        Assert.All(destination, b => Assert.Equal(0, b));
    }

    [Fact]
    public void TrySign_LargerDestination_WritesExactlySignatureLength()
    {
        var destination = new byte[100];

        Assert.True(OkxSigner.TrySign(Utf8(Vector.SecretKey), Utf8(Vector.ExpectedPrehash), destination, out int written));

        Assert.Equal(OkxSigner.SignatureLength, written);
        Assert.Equal(Vector.ExpectedSign, Encoding.ASCII.GetString(destination, 0, written));
    }

    [Fact]
    public void TryWritePrehash_DestinationTooSmall_ReturnsFalse()
    {
        byte[] prehash = Utf8(Vector.ExpectedPrehash);
        var destination = new byte[prehash.Length - 1];

        bool ok = OkxSigner.TryWritePrehash(
            Utf8(Vector.Timestamp), "GET"u8, Utf8(Vector.ExpectedRequestPath), default, destination, out int written);

        Assert.False(ok);
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("post")]
    [InlineData("Get")]
    [InlineData("")]
    [InlineData("GET ")]
    [InlineData("PO-ST")]
    [InlineData("\uFF27\uFF25\uFF34")] // full-width GET: letters, upper case, but not ASCII
    public void Sign_MethodNotUpperCaseAscii_ThrowsArgumentException(string method)
    {
        var ex = Assert.Throws<ArgumentException>(
            () => OkxSigner.Sign(Vector.SecretKey, Vector.Timestamp, method, Vector.ExpectedRequestPath, ""));

        Assert.Equal("method", ex.ParamName);
        Assert.Contains("50113", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secretKey")]
    [InlineData("timestamp")]
    [InlineData("method")]
    [InlineData("requestPath")]
    [InlineData("body")]
    public void Sign_NullArgument_ThrowsArgumentNullException(string parameter)
    {
        string? Pick(string name, string value) => name == parameter ? null : value;

        var ex = Assert.Throws<ArgumentNullException>(() => OkxSigner.Sign(
            Pick("secretKey", "key")!, Pick("timestamp", Vector.Timestamp)!, Pick("method", "GET")!,
            Pick("requestPath", "/api/v5/account/config")!, Pick("body", "")!));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Theory]
    [InlineData(10, 3000)] // the prehash no longer fits on the stack
    [InlineData(300, 10)] // nor does the key
    [InlineData(1000, 1000)] // both
    public void Sign_LargeInputs_MatchesHmacOracle(int keyLength, int bodyLength)
    {
        string key = new string('k', keyLength - 1) + "\u00E9";
        string body = "{\"tag\":\"" + new string('\u20AC', bodyLength) + "\"}";
        const string Timestamp = "2020-12-08T09:08:57.715Z";
        const string Path = "/api/v5/trade/order";
        string expected = Convert.ToBase64String(
            HMACSHA256.HashData(Utf8(key), Utf8(Timestamp + "POST" + Path + body)));

        Assert.Equal(expected, OkxSigner.Sign(key, Timestamp, "POST", Path, body));
    }

    [Fact]
    public void SpanApis_WhenWarm_AllocateNothing()
    {
        byte[] key = Utf8(Vector.SecretKey);
        byte[] path = Utf8(Vector.ExpectedRequestPath);
        var time = new DateTimeOffset(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero);
        var timestamp = new byte[OkxSigner.TimestampLength];
        var prehash = new byte[256];
        var signature = new byte[OkxSigner.SignatureLength];

        SignOnce();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            SignOnce();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(Vector.ExpectedSign, Encoding.ASCII.GetString(signature));

        void SignOnce()
        {
            OkxSigner.TryFormatTimestamp(time, timestamp, out _);
            OkxSigner.TryWritePrehash(timestamp, "GET"u8, path, default, prehash, out int length);
            OkxSigner.TrySign(key, prehash.AsSpan(0, length), signature, out _);
        }
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);
}
