using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

public sealed class RecordingTests
{
    [Fact]
    public async Task Post_IsRecordedWithRawBytesHeadersAndOutcome()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        const string Body = """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tag":"é 订单 🚀","tdMode":"cash"}""";

        await scope.SendSignedAsync("POST", "/api/v5/trade/order", Body);

        RecordedRequest recorded = Assert.Single(scope.Server.Requests);
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("/api/v5/trade/order", recorded.RawTarget);
        Assert.Equal(Encoding.UTF8.GetBytes(Body), recorded.Body.ToArray());
        Assert.Equal(Body, recorded.BodyText);
        Assert.Equal(TestSigner.ApiKey, recorded.Headers["ok-access-key"]);
        Assert.Equal("1", recorded.GetHeader("X-SIMULATED-TRADING"));
        Assert.Equal("application/json", recorded.GetHeader("content-type"));
        Assert.Equal("0", recorded.VerificationCode);
        Assert.Equal(string.Empty, recorded.VerificationMessage);
        Assert.False(recorded.IsPublic);
        Assert.Null(recorded.Fault);
    }

    [Fact]
    public async Task Get_KeepsTheRawTargetUndecoded()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        await scope.SendSignedAsync("GET", "/api/v5/account/balance?ccy=BTC%2CETH");

        RecordedRequest recorded = Assert.Single(scope.Server.Requests);
        Assert.Equal("/api/v5/account/balance?ccy=BTC%2CETH", recorded.RawTarget);
        Assert.Equal("/api/v5/account/balance", recorded.Path);
        Assert.Equal("?ccy=BTC%2CETH", recorded.QueryString);
        Assert.Equal("BTC,ETH", recorded.GetQueryValue("ccy"));
        Assert.True(recorded.Body.IsEmpty);
    }

    [Fact]
    public async Task RejectedRequest_IsRecordedWithItsCodeAndMessage()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        await scope.SendAsync(scope.Signer.CreateSignedOver("GET", "/api/v5/account/config", scope.Now, null, "bad"));

        RecordedRequest recorded = Assert.Single(scope.Server.Requests);
        Assert.Equal("50113", recorded.VerificationCode);
        // OKX's message, then the signature doctor's reason: here the header is not a signature at all.
        Assert.StartsWith("Invalid Sign: The OK-ACCESS-SIGN value is not the Base64", recorded.VerificationMessage, StringComparison.Ordinal);
        Assert.False(recorded.IsAccepted);
        Assert.Equal("GET /api/v5/account/config -> 50113", recorded.ToString());
    }

    [Fact]
    public async Task ReceivedAt_IsTheServerClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 25, 11, 33, 2, 123, TimeSpan.Zero));
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock, ClockOffset = TimeSpan.FromSeconds(5) });

        await scope.SendSignedAsync("GET", "/api/v5/account/config");

        Assert.Equal(clock.GetUtcNow().AddSeconds(5), Assert.Single(scope.Server.Requests).ReceivedAt);
    }

    [Fact]
    public async Task SnapshotIsStable_AndClearEmptiesTheLog()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        await scope.SendSignedAsync("GET", "/api/v5/account/config");
        var snapshot = scope.Server.Requests;

        await scope.SendSignedAsync("GET", "/api/v5/account/config");
        scope.Server.Clear();

        Assert.Single(snapshot);
        Assert.Empty(scope.Server.Requests);
    }

    [Fact]
    public async Task ConcurrentRequests_AreAllRecorded()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => scope.SendSignedAsync("GET", "/api/v5/market/ticker?instId=I" + i)));

        Assert.Equal(40, scope.Server.Requests.Count);
        Assert.Equal(40, scope.Server.Requests.Select(r => r.RawTarget).Distinct().Count());
    }

    [Fact]
    public void KeyToString_HidesSecrets()
    {
        var key = new OkxTestKey("visible", "hidden-secret", "hidden-passphrase", isDemo: false);

        Assert.Equal("visible (live)", key.ToString());
    }
}
