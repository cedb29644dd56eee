using System;
using System.Net;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>Strict mode over HTTP: correctly signed but non-canonical bodies are rejected with 50002 and a precise message.</summary>
public sealed class StrictCanonicalJsonTests
{
    private const string OrderPath = "/api/v5/trade/order";

    [Fact]
    public async Task CanonicalBody_IsAccepted()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""");

        Assert.Equal("0", answer.Code);
    }

    [Fact]
    public async Task WhitespaceLikePythonJsonDumps_IsRejectedNamingWhitespace()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId": "BTC-USDT", "ordType": "market", "side": "buy", "sz": "1", "tdMode": "cash"}""");

        AssertRejected(answer, "whitespace (0x20) at byte 10 near $.instId");
        Assert.Equal("50002", Assert.Single(scope.Server.Requests).VerificationCode);
    }

    [Fact]
    public async Task UnsortedNestedKeys_AreRejectedNamingTheObject()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

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
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"sz":"1","instId":"BTC-USDT"}""");

        AssertRejected(answer, "key \"instId\"");
    }

    [Fact]
    public async Task DuplicateKeys_AreRejected()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"instId":"BTC-USDT","sz":"1","sz":"2"}""");

        AssertRejected(answer, "duplicate key \"sz\"");
    }

    [Fact]
    public async Task NonStrictMode_AcceptsWhitespaceAndAnyOrder()
    {
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = false });

        OkxAnswer answer = await scope.SendSignedAsync("POST", OrderPath, """{"sz": "1", "instId": "BTC-USDT"}""");

        Assert.Equal("0", answer.Code);
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
        await using ServerScope scope = await ServerScope.StartAsync();
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
