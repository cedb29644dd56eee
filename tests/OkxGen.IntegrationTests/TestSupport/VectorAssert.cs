using System;
using System.Buffers;
using System.Text;
using OkxGen.Serialization;

namespace OkxGen.IntegrationTests.TestSupport;

/// <summary>Checks every byte a request produces (body, request path, prehash, signature) against a vector.</summary>
public static class VectorAssert
{
    private const string ApiKey = "test-api-key";
    private const string Passphrase = "test-passphrase";

    public static void Matches(SigningVector vector, BuiltRequest built)
    {
        IOkxRequest request = built.Request;
        Assert.Equal(vector.Method, request.Endpoint.Method);
        Assert.Equal(vector.Path, request.Endpoint.Path);

        byte[] body = AssertBody(vector, built);
        byte[] requestPath = AssertRequestPath(vector, built);
        byte[] prehash = AssertPrehash(vector, body, requestPath);
        AssertSignature(vector, request, prehash);
    }

    private static byte[] AssertBody(SigningVector vector, BuiltRequest built)
    {
        byte[] expected = Utf8(vector.ExpectedBody);
        byte[] body = AssertExactAndTooSmall(expected, built.Request.TryWriteBody, "TryWriteBody");

        if (vector.Method == "POST")
        {
            Assert.NotNull(built.ToJson);
            Assert.NotNull(built.WriteBody);
            Assert.Equal(vector.ExpectedBody, built.ToJson());

            var bufferWriter = new ArrayBufferWriter<byte>(1);
            built.WriteBody(bufferWriter);
            Assert.Equal(expected, bufferWriter.WrittenSpan.ToArray());

            Assert.Equal(expected, Utf8(OkxRequestWriter.GetBody(built.Request)));
        }
        else
        {
            Assert.Empty(expected);
        }

        return body;
    }

    private static byte[] AssertRequestPath(SigningVector vector, BuiltRequest built)
    {
        byte[] expected = Utf8(vector.ExpectedRequestPath);
        byte[] requestPath = AssertExactAndTooSmall(expected, built.Request.TryWriteRequestPath, "TryWriteRequestPath");
        Assert.Equal(vector.ExpectedRequestPath, OkxRequestWriter.GetRequestPath(built.Request));

        Assert.StartsWith(vector.Path, vector.ExpectedRequestPath, StringComparison.Ordinal);
        string expectedQuery = vector.ExpectedRequestPath[vector.Path.Length..];
        if (vector.Method == "GET")
        {
            Assert.NotNull(built.ToQueryString);
            Assert.NotNull(built.TryWriteQuery);
            Assert.Equal(expectedQuery, built.ToQueryString());
            AssertExactAndTooSmall(Utf8(expectedQuery), built.TryWriteQuery, "TryWriteQuery");
        }
        else
        {
            Assert.Equal("", expectedQuery);
        }

        return requestPath;
    }

    private static byte[] AssertPrehash(SigningVector vector, byte[] body, byte[] requestPath)
    {
        byte[] expected = Utf8(vector.ExpectedPrehash);
        var destination = new byte[expected.Length];
        Assert.True(OkxSigner.TryWritePrehash(Utf8(vector.Timestamp), Utf8(vector.Method), requestPath, body, destination, out int written));
        Assert.Equal(expected.Length, written);
        Assert.Equal(expected, destination);
        return destination;
    }

    private static void AssertSignature(SigningVector vector, IOkxRequest request, byte[] prehash)
    {
        // The timestamp the vector signs is the one OkxGen formats for that instant.
        DateTimeOffset instant = DateTimeOffset.Parse(vector.Timestamp, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(vector.Timestamp, OkxSigner.FormatTimestamp(instant));

        string requestPath = OkxRequestWriter.GetRequestPath(request);
        string body = request.Endpoint.HasBody ? OkxRequestWriter.GetBody(request) : "";
        Assert.Equal(vector.ExpectedSign, OkxSigner.Sign(vector.SecretKey, vector.Timestamp, vector.Method, requestPath, body));

        var signature = new byte[OkxSigner.SignatureLength];
        Assert.True(OkxSigner.TrySign(Utf8(vector.SecretKey), prehash, signature, out int written));
        Assert.Equal(OkxSigner.SignatureLength, written);
        Assert.Equal(vector.ExpectedSign, Encoding.ASCII.GetString(signature));

        var credentials = new OkxCredentials(ApiKey, vector.SecretKey, Passphrase);
        Assert.Equal(vector.ExpectedSign, credentials.Sign(vector.Timestamp, vector.Method, requestPath, body));
        Array.Clear(signature);
        Assert.True(credentials.TrySign(prehash, signature, out written));
        Assert.Equal(OkxSigner.SignatureLength, written);
        Assert.Equal(vector.ExpectedSign, Encoding.ASCII.GetString(signature));
    }

    /// <summary>Writes into a buffer of exactly the expected size, then one byte smaller, which must fail quietly.</summary>
    private static byte[] AssertExactAndTooSmall(byte[] expected, SpanWriter write, string what)
    {
        var exact = new byte[expected.Length];
        Assert.True(write(exact, out int written), $"{what} into {expected.Length} bytes returned false.");
        Assert.Equal(expected.Length, written);
        Assert.Equal(expected, exact);

        var larger = new byte[expected.Length + 64];
        Assert.True(write(larger, out written));
        Assert.Equal(expected, larger.AsSpan(0, written).ToArray());

        if (expected.Length > 0)
        {
            var tooSmall = new byte[expected.Length - 1];
            Assert.False(write(tooSmall, out written), $"{what} into {tooSmall.Length} bytes returned true.");
            Assert.Equal(0, written);
        }

        return exact;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
