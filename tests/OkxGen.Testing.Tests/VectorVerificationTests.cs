using System;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>The verifier against every shared signing vector: the exact request is accepted, any one byte changed is not.</summary>
public sealed class VectorVerificationTests
{
    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public void Vector_IndependentHmac_MatchesExpectedSign(string name)
    {
        SigningVector v = VectorFile.Get(name);

        string sign = TestSigner.Sign(v.SecretKey, v.Timestamp, v.Method, v.ExpectedRequestPath, Encoding.UTF8.GetBytes(v.ExpectedBody));

        Assert.Equal(v.ExpectedSign, sign);
        Assert.Equal(v.Timestamp + v.Method + v.ExpectedRequestPath + v.ExpectedBody, v.ExpectedPrehash);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public async Task Vector_ExactRequest_IsAccepted(string name)
    {
        SigningVector v = VectorFile.Get(name);
        await using ServerScope scope = await StartAtVectorTimeAsync(v);

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver(v.Method, v.ExpectedRequestPath, v.Timestamp, Body(v), v.ExpectedSign));

        // Verified and answered; the answer itself is the order book's (cancelling or amending an order this fresh server never
        // saw is code 1 with the item's sCode), so the verification is read from the recorded request.
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Code is "0" or "1", answer.Text);
        RecordedRequest recorded = Assert.Single(scope.Server.Requests);
        Assert.True(recorded.IsAccepted, recorded.VerificationMessage);
        Assert.Equal(v.ExpectedRequestPath, recorded.RawTarget);
        Assert.Equal(Body(v) ?? Array.Empty<byte>(), recorded.Body.ToArray());
    }

    [Theory]
    [MemberData(nameof(VectorFile.PostNames), MemberType = typeof(VectorFile))]
    public async Task Vector_OneBodyByteChanged_IsInvalidSign(string name)
    {
        SigningVector v = VectorFile.Get(name);
        await using ServerScope scope = await StartAtVectorTimeAsync(v);
        byte[] body = Body(v)!;
        int index = Encoding.UTF8.GetBytes(v.ExpectedBody).AsSpan().IndexOf("\"instId\":\"BTC"u8) switch
        {
            < 0 => body.Length / 2,
            int at => at + 10,
        };
        body[index] ^= 0x01;

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver(v.Method, v.ExpectedRequestPath, v.Timestamp, body, v.ExpectedSign));

        AssertInvalidSign(answer);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public async Task Vector_OnePathOrQueryByteChanged_IsInvalidSign(string name)
    {
        SigningVector v = VectorFile.Get(name);
        await using ServerScope scope = await StartAtVectorTimeAsync(v);
        string target = ChangeLastChar(v.ExpectedRequestPath);

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver(v.Method, target, v.Timestamp, Body(v), v.ExpectedSign));

        AssertInvalidSign(answer);
        Assert.Equal(target, Assert.Single(scope.Server.Requests).RawTarget);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public async Task Vector_OneTimestampDigitChanged_IsInvalidSign(string name)
    {
        SigningVector v = VectorFile.Get(name);
        await using ServerScope scope = await StartAtVectorTimeAsync(v);
        char lastDigit = v.Timestamp[^2];
        string timestamp = v.Timestamp[..^2] + (char)('0' + ((lastDigit - '0' + 1) % 10)) + "Z";

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver(v.Method, v.ExpectedRequestPath, timestamp, Body(v), v.ExpectedSign));

        AssertInvalidSign(answer);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public async Task Vector_TimestampSeparatorChanged_IsInvalidTimestamp(string name)
    {
        SigningVector v = VectorFile.Get(name);
        await using ServerScope scope = await StartAtVectorTimeAsync(v);
        string timestamp = v.Timestamp.Replace('T', ' ');

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver(v.Method, v.ExpectedRequestPath, timestamp, Body(v), v.ExpectedSign));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("50112", answer.Code);
    }

    [Theory]
    [MemberData(nameof(VectorFile.Names), MemberType = typeof(VectorFile))]
    public async Task Vector_OneSignatureCharChanged_IsInvalidSign(string name)
    {
        SigningVector v = VectorFile.Get(name);
        await using ServerScope scope = await StartAtVectorTimeAsync(v);
        string sign = (v.ExpectedSign[0] == 'A' ? 'B' : 'A') + v.ExpectedSign[1..];

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver(v.Method, v.ExpectedRequestPath, v.Timestamp, Body(v), sign));

        AssertInvalidSign(answer);
    }

    private static async Task<ServerScope> StartAtVectorTimeAsync(SigningVector v)
    {
        DateTimeOffset instant = DateTimeOffset.Parse(v.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var options = new OkxTestServerOptions { TimeProvider = new ManualTimeProvider(instant) };
        return await ServerScope.StartAsync(options, new TestSigner(secret: v.SecretKey));
    }

    private static byte[]? Body(SigningVector v) => v.ExpectedBody.Length == 0 ? null : Encoding.UTF8.GetBytes(v.ExpectedBody);

    private static string ChangeLastChar(string text) => text[..^1] + (text[^1] == 'X' ? 'Y' : 'X');

    private static void AssertInvalidSign(OkxAnswer answer)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("""{"msg":"Invalid Sign","code":"50113"}""", answer.Text);
    }
}
