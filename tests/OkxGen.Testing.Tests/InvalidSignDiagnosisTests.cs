using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>A 50113 names its cause: the signature doctor's diagnosis in the recording, and on the wire only when asked.</summary>
public sealed class InvalidSignDiagnosisTests
{
    private const string SentBody = """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""";
    private const string SignedBody = """{"instId": "BTC-USDT", "ordType": "market", "side": "buy", "sz": "1", "tdMode": "cash"}""";

    [Fact]
    public async Task BodySignedWithSpaces_RecordsTheCauseAndTheByte()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendAsync(SignedOverSpacedBody(scope));

        Assert.Equal(("50113", "Invalid Sign"), (answer.Code, answer.Message));
        RecordedRequest recorded = scope.Server.Requests.Single();
        Assert.StartsWith("Invalid Sign: ", recorded.VerificationMessage, StringComparison.Ordinal);
        Assert.Contains("space after ':' and ','", recorded.VerificationMessage, StringComparison.Ordinal);
        Assert.Contains("byte 10 of the body", recorded.VerificationMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDefault_TheAnswerKeepsOkxsWireFormat()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        using HttpRequestMessage request = SignedOverSpacedBody(scope);

        using HttpResponseMessage response = await scope.Http.SendAsync(request);

        Assert.False(response.Headers.Contains("X-OkxGen-Diagnosis"));
    }

    [Fact]
    public async Task ExplainInvalidSign_PutsTheDiagnosisInATestOnlyHeader()
    {
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { ExplainInvalidSign = true });
        using HttpRequestMessage request = SignedOverSpacedBody(scope);

        using HttpResponseMessage response = await scope.Http.SendAsync(request);

        string diagnosis = Assert.Single(response.Headers.GetValues("X-OkxGen-Diagnosis"));
        Assert.Contains("space after ':' and ','", diagnosis, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSigner.Secret, diagnosis, StringComparison.Ordinal);
    }

    private static HttpRequestMessage SignedOverSpacedBody(ServerScope scope)
    {
        string timestamp = scope.Now;
        string sign = TestSigner.Sign(TestSigner.Secret, timestamp, "POST", "/api/v5/trade/order", Encoding.UTF8.GetBytes(SignedBody));
        return scope.Signer.CreateSignedOver("POST", "/api/v5/trade/order", timestamp, Encoding.UTF8.GetBytes(SentBody), sign);
    }
}
