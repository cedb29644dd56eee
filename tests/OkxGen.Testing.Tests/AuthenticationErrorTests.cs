using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>Each authentication error once, each beside a correct request that is accepted.</summary>
public sealed class AuthenticationErrorTests
{
    private const string BalanceTarget = "/api/v5/account/balance?ccy=BTC,ETH";
    private const string OrderBody = """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""";

    [Fact]
    public async Task CorrectGetAndPost_AreAccepted()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer get = await scope.SendSignedAsync("GET", BalanceTarget);
        OkxAnswer post = await scope.SendSignedAsync("POST", "/api/v5/trade/order", OrderBody);

        Assert.Equal((HttpStatusCode.OK, "0"), (get.Status, get.Code));
        Assert.Equal((HttpStatusCode.OK, "0"), (post.Status, post.Code));
    }

    [Theory]
    [InlineData("OK-ACCESS-KEY", "50103")]
    [InlineData("OK-ACCESS-PASSPHRASE", "50104")]
    [InlineData("OK-ACCESS-SIGN", "50106")]
    [InlineData("OK-ACCESS-TIMESTAMP", "50107")]
    public async Task MissingHeader_IsRejectedWithItsCode(string header, string code)
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        HttpRequestMessage request = scope.Signer.Create("GET", BalanceTarget, scope.Now);
        request.Headers.Remove(header);

        OkxAnswer answer = await scope.SendAsync(request);

        AssertUnauthorized(answer, code);
        Assert.Contains(header, answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyHeader_CountsAsMissing()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        HttpRequestMessage request = scope.Signer.Create("GET", BalanceTarget, scope.Now);
        request.Headers.Remove("OK-ACCESS-SIGN");
        request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", string.Empty);

        AssertUnauthorized(await scope.SendAsync(request), "50106");
    }

    [Fact]
    public async Task UnknownKey_Is50111()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var stranger = new TestSigner(apiKey: "someone-else");

        AssertUnauthorized(await scope.SendAsync(stranger.Create("GET", BalanceTarget, scope.Now)), "50111");
    }

    [Fact]
    public async Task WrongPassphrase_Is50105()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var wrong = new TestSigner(passphrase: "not-the-passphrase");

        AssertUnauthorized(await scope.SendAsync(wrong.Create("GET", BalanceTarget, scope.Now)), "50105");
    }

    [Theory]
    [InlineData("2020-12-08T09:08:57.715Z", false)]
    [InlineData("2020-12-08T09:08:57.71Z", true)]
    [InlineData("2020-12-08T09:08:57.7150Z", true)]
    [InlineData("2020-12-08T09:08:57Z", true)]
    [InlineData("2020-12-08T09:08:57.57Z", true)]
    [InlineData("2020-12-08 09:08:57.715Z", true)]
    [InlineData("2020-12-08T09.08.57.715Z", true)]
    [InlineData("2020-12-08T09:08:57.715+00:00", true)]
    [InlineData("2020-12-08T09:08:57.715", true)]
    [InlineData("1607418537", true)]
    [InlineData("2020-13-08T09:08:57.715Z", true)]
    [InlineData("2020-12-08T09:08:57.715z", true)]
    public async Task Timestamp_NotExactlyIsoMilliseconds_Is50112(string timestamp, bool malformed)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero));
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock });

        OkxAnswer answer = await scope.SendAsync(scope.Signer.Create("GET", BalanceTarget, timestamp));

        if (malformed)
        {
            AssertUnauthorized(answer, "50112");
        }
        else
        {
            Assert.Equal("0", answer.Code);
        }
    }

    [Theory]
    [InlineData(-31)]
    [InlineData(31)]
    public async Task TimestampMoreThan30SecondsAway_Is50102(int seconds)
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string timestamp = TestSigner.FormatTimestamp(scope.Server.Now.AddSeconds(seconds));

        AssertUnauthorized(await scope.SendAsync(scope.Signer.Create("GET", BalanceTarget, timestamp)), "50102");
    }

    [Theory]
    [InlineData(-29)]
    [InlineData(29)]
    public async Task TimestampWithin30Seconds_IsAccepted(int seconds)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero));
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock });
        string timestamp = TestSigner.FormatTimestamp(clock.GetUtcNow().AddSeconds(seconds));

        Assert.Equal("0", (await scope.SendAsync(scope.Signer.Create("GET", BalanceTarget, timestamp))).Code);
    }

    [Fact]
    public async Task DemoKeyWithoutSimulatedTradingHeader_Is50101()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        HttpRequestMessage request = scope.Signer.Create("GET", BalanceTarget, scope.Now);
        request.Headers.Remove("x-simulated-trading");

        AssertUnauthorized(await scope.SendAsync(request), "50101");
    }

    [Fact]
    public async Task LiveKeyWithSimulatedTradingHeader_Is50101_AndWithoutItIsAccepted()
    {
        await using ServerScope scope = await ServerScope.StartAsync(signer: new TestSigner(demo: false));
        HttpRequestMessage withHeader = scope.Signer.Create("GET", BalanceTarget, scope.Now);
        withHeader.Headers.TryAddWithoutValidation("x-simulated-trading", "1");

        AssertUnauthorized(await scope.SendAsync(withHeader), "50101");
        Assert.Equal("0", (await scope.SendSignedAsync("GET", BalanceTarget)).Code);
    }

    [Fact]
    public async Task SignatureOverDecodedQuery_IsInvalidSign()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string timestamp = scope.Now;
        string sign = TestSigner.Sign(scope.Signer.SecretKey, timestamp, "GET", "/api/v5/account/balance?ccy=BTC,ETH", Array.Empty<byte>());

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver("GET", "/api/v5/account/balance?ccy=BTC%2CETH", timestamp, null, sign));

        AssertUnauthorized(answer, "50113");
        Assert.Equal("Invalid Sign", answer.Message);
    }

    [Fact]
    public async Task SignatureWithoutQuery_IsInvalidSign()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string timestamp = scope.Now;
        string sign = TestSigner.Sign(scope.Signer.SecretKey, timestamp, "GET", "/api/v5/account/balance", Array.Empty<byte>());

        AssertUnauthorized(await scope.SendAsync(scope.Signer.CreateSignedOver("GET", BalanceTarget, timestamp, null, sign)), "50113");
    }

    [Fact]
    public async Task PassphraseUsedAsSecret_IsInvalidSign()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string timestamp = scope.Now;
        string sign = TestSigner.Sign(TestSigner.Passphrase, timestamp, "GET", BalanceTarget, Array.Empty<byte>());

        AssertUnauthorized(await scope.SendAsync(scope.Signer.CreateSignedOver("GET", BalanceTarget, timestamp, null, sign)), "50113");
    }

    [Fact]
    public async Task EmptyPostBodyCorrectlySigned_Is50000_AndBracesAreAccepted()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer empty = await scope.SendAsync(scope.Signer.Create("POST", "/api/v5/account/set-leverage", scope.Now, Array.Empty<byte>()));
        OkxAnswer braces = await scope.SendSignedAsync("POST", "/api/v5/account/set-leverage", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("50000", empty.Code);
        Assert.Equal("0", braces.Code);
    }

    [Theory]
    [InlineData("unknown-key", "bad", "50111")]
    [InlineData(TestSigner.ApiKey, "bad", "50112")]
    public async Task SeveralProblems_TheEarliestCheckWins(string apiKey, string timestamp, string code)
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var signer = new TestSigner(apiKey: apiKey, passphrase: "wrong");
        HttpRequestMessage request = signer.CreateSignedOver("GET", BalanceTarget, timestamp, null, "bad-sign");
        request.Headers.Remove("x-simulated-trading");

        AssertUnauthorized(await scope.SendAsync(request), code);
    }

    [Fact]
    public async Task ExpiredTimestampAndWrongPassphrase_IsExpired()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var signer = new TestSigner(passphrase: "wrong");

        AssertUnauthorized(await scope.SendAsync(signer.Create("GET", BalanceTarget, "2020-12-08T09:08:57.715Z")), "50102");
    }

    [Fact]
    public async Task WrongPassphraseAndWrongEnvironmentAndBadSign_IsWrongPassphrase()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var signer = new TestSigner(passphrase: "wrong", demo: false);

        AssertUnauthorized(await scope.SendAsync(signer.CreateSignedOver("GET", BalanceTarget, scope.Now, null, "bad")), "50105");
    }

    [Fact]
    public async Task WrongEnvironmentAndBadSign_IsEnvironmentMismatch()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var signer = new TestSigner(demo: false);

        AssertUnauthorized(await scope.SendAsync(signer.CreateSignedOver("GET", BalanceTarget, scope.Now, null, "bad")), "50101");
    }

    [Fact]
    public async Task PublicEndpoint_NeedsNoAuth_AndIgnoresBadAuthHeaders()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/market/ticker?instId=BTC-USDT");
        request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", "unknown");
        request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", "garbage");
        request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", "yesterday");

        using HttpResponseMessage bare = await scope.Http.GetAsync(new Uri("/api/v5/public/time", UriKind.Relative));
        OkxAnswer withBadHeaders = await scope.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal("0", withBadHeaders.Code);
        Assert.All(scope.Server.Requests, r => Assert.True(r.IsPublic && r.IsAccepted));
    }

    [Fact]
    public async Task PrivateEndpointWithoutHeaders_Is50103()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        using HttpResponseMessage response = await scope.Http.GetAsync(new Uri(BalanceTarget, UriKind.Relative));

        AssertUnauthorized(await OkxAnswer.ReadAsync(response), "50103");
    }

    private static void AssertUnauthorized(OkxAnswer answer, string code)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(code, answer.Code);
        Assert.False(string.IsNullOrEmpty(answer.Message));
        Assert.StartsWith("{\"msg\":", answer.Text, StringComparison.Ordinal);
    }
}
