using System;
using System.Net;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>
/// Strict mode over HTTP: correctly signed but non-canonical bodies are rejected with 50002 and a precise message. The default,
/// as on OKX, accepts any valid JSON signed over its exact bytes.
/// </summary>
public sealed class StrictCanonicalJsonTests
{
    private const string OrderPath = "/api/v5/trade/order";

    // What python-okx (json.dumps(params)) and ccxt (json.dumps / JSON.stringify in insertion order) send: spaces after ':' and
    // ',', keys in the order the caller wrote them; signed over these very bytes.
    private const string PythonOkxBody = """{"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "px": "43250.5", "sz": "0.01", "clOrdId": "py1"}""";

    private static OkxTestServerOptions Strict => new() { StrictCanonicalJson = true };

    [Fact]
    public void StrictCanonicalJson_IsOffByDefault_AsOnOkx()
    {
        Assert.False(new OkxTestServerOptions().StrictCanonicalJson);
    }

    [Fact]
    public async Task SpacedUnsortedBodySignedOverItsBytes_IsAcceptedByDefault()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, PythonOkxBody);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("0", answer.Code);
        Assert.Equal("py1", answer.Data[0].GetProperty("clOrdId").GetString());
        Assert.True(Assert.Single(scope.Server.Requests).IsAccepted);
    }

    [Fact]
    public async Task SpacedUnsortedBodySignedOverItsBytes_IsRejectedInStrictMode()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, PythonOkxBody);

        AssertRejected(answer, "whitespace (0x20) at byte 10 near $.instId");
    }

    [Fact]
    public async Task CanonicalBody_IsAccepted()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""");

        Assert.Equal("0", answer.Code);
    }

    [Fact]
    public async Task WhitespaceLikePythonJsonDumps_IsRejectedNamingWhitespace()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId": "BTC-USDT", "ordType": "market", "side": "buy", "sz": "1", "tdMode": "cash"}""");

        AssertRejected(answer, "whitespace (0x20) at byte 10 near $.instId");
        Assert.Equal("50002", Assert.Single(scope.Server.Requests).VerificationCode);
    }

    [Fact]
    public async Task UnsortedNestedKeys_AreRejectedNamingTheObject()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);

        OkxAnswer answer = await scope.SendSignedAsync(
            "POST",
            OrderPath,
            """{"attachAlgoOrds":[{"tpTriggerPx":"45000","slTriggerPx":"42000"}],"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""");

        AssertRejected(answer, "key \"slTriggerPx\"");
        Assert.Contains("$.attachAlgoOrds[0]", answer.Message, StringComparison.Ordinal);
        Assert.Contains("sorted by code point", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsortedTopLevelKeys_AreRejected()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"sz":"1","instId":"BTC-USDT"}""");

        AssertRejected(answer, "key \"instId\"");
    }

    [Fact]
    public async Task DuplicateKeys_AreRejected()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId":"BTC-USDT","sz":"1","sz":"2"}""");

        AssertRejected(answer, "duplicate key \"sz\"");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InvalidJson_Is50002_InBothModes(bool strict)
    {
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = strict });

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId":"BTC-USDT",""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("50002", answer.Code);
        Assert.StartsWith("JSON syntax error", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonCanonicalBodyWithBadSignature_IsInvalidSignFirst()
    {
        await using ServerScope scope = await ServerScope.StartAsync(Strict);
        byte[] body = System.Text.Encoding.UTF8.GetBytes("""{"sz": "1"}""");

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver("POST", OrderPath, scope.Now, body, "bad"));

        Assert.Equal("50113", answer.Code);
    }

    private static void AssertRejected(OkxAnswer answer, string expectedFragment)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("50002", answer.Code);
        Assert.Contains("not canonical JSON", answer.Message, StringComparison.Ordinal);
        Assert.Contains(expectedFragment, answer.Message, StringComparison.Ordinal);
    }
}
