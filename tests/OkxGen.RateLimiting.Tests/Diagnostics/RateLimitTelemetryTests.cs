using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.RateLimiting.Tests.TestSupport;
using OkxGen.TestSupport;

namespace OkxGen.RateLimiting.Tests.Diagnostics;

/// <summary>
/// The limiter's metrics on the <c>OkxGen</c> meter. Other test classes use the limiter in parallel: these tests use
/// endpoints that only they declare, and single out their measurements by path.
/// </summary>
public sealed class RateLimitTelemetryTests
{
    private const string WaitDuration = "okxgen.rate_limit.wait.duration";
    private const string Refusals = "okxgen.rate_limit.refusals";

    [Fact]
    public async Task EachWait_IsRecordedInSecondsFromTheLimitersClock_ByMethodAndPathTemplate()
    {
        using var recorder = new MeasurementRecorder(WaitDuration);
        using var limiter = new OkxRateLimiter(new SteppingTimeProvider(RateLimitedServer.Start));
        var resource = new OkxRateLimitResource(new GetIndexTickersRequest { InstId = "BTC-USDT" }, null);

        // 20 per 2 s: the 21st request waits until the first permit is a window old, 2 s on the limiter's clock.
        for (int i = 0; i < 21; i++)
        {
            using RateLimitLease lease = await limiter.AcquireAsync(resource, 1, CancellationToken.None);
            Assert.True(lease.IsAcquired);
        }

        List<RecordedMeasurement> ours = Ours(recorder, GetIndexTickersRequest.Endpoint);
        Assert.Equal(21, ours.Count);
        Assert.All(ours, m => Assert.Equal("s", m.Unit));
        Assert.Equal([.. Enumerable.Repeat(0d, 20), 2d], ours.Select(m => m.Value));
        Assert.All(ours, m => Assert.Equal(Tags(GetIndexTickersRequest.Endpoint), m.Tags));
    }

    [Fact]
    public void EachRefusal_IsCounted_ByMethodAndPathTemplate_WithoutTheApiKey()
    {
        using var recorder = new MeasurementRecorder(Refusals);
        using var limiter = new OkxRateLimiter(new FakeTimeProvider(RateLimitedServer.Start));
        var resource = new OkxRateLimitResource(new GetPositionsRequest { InstId = "BTC-USDT-SWAP" }, "telemetry-api-key");

        // 10 per 2 s per user: the 11th and 12th are refused.
        int acquired = 0;
        for (int i = 0; i < 12; i++)
        {
            using RateLimitLease lease = limiter.AttemptAcquire(resource);
            acquired += lease.IsAcquired ? 1 : 0;
        }

        Assert.Equal(10, acquired);
        List<RecordedMeasurement> ours = Ours(recorder, GetPositionsRequest.Endpoint);
        Assert.Equal(2, ours.Count);
        Assert.All(ours, m =>
        {
            Assert.Equal("{request}", m.Unit);
            Assert.Equal(1d, m.Value);
            Assert.Equal(Tags(GetPositionsRequest.Endpoint), m.Tags);
        });
    }

    [Fact]
    public async Task EndpointWithoutADeclaredLimit_RecordsNothing()
    {
        using var recorder = new MeasurementRecorder(WaitDuration, Refusals);
        using var limiter = new OkxRateLimiter(new FakeTimeProvider(RateLimitedServer.Start));
        var resource = new OkxRateLimitResource(new GetAccountConfigRequest(), "telemetry-api-key");

        using (await limiter.AcquireAsync(resource, 1, CancellationToken.None))
        using (limiter.AttemptAcquire(resource))
        {
        }

        Assert.Empty(Ours(recorder, GetAccountConfigRequest.Endpoint));
    }

    private static List<RecordedMeasurement> Ours(MeasurementRecorder recorder, OkxEndpointInfo endpoint) =>
        recorder.Measurements.Where(m => Equals(m.Tags.GetValueOrDefault("okx.path"), endpoint.Path)).ToList();

    private static Dictionary<string, object?> Tags(OkxEndpointInfo endpoint) =>
        new() { ["http.request.method"] = endpoint.Method, ["okx.path"] = endpoint.Path };
}

/// <summary>GET / Index tickers: 20 requests per 2 seconds, per IP (declared only here).</summary>
[OkxEndpoint("GET", "/api/v5/market/index-tickers", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2)]
public partial record GetIndexTickersRequest
{
    public string? InstId { get; init; }
}

/// <summary>GET / Positions: 10 requests per 2 seconds, per user ID (declared only here).</summary>
[OkxEndpoint("GET", "/api/v5/account/positions", RateLimit = 10, RateLimitWindowSeconds = 2)]
public partial record GetPositionsRequest
{
    public string? InstId { get; init; }
}
