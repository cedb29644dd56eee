using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;
using OkxGen.Testing;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Faults;

/// <summary>
/// Each server fault ends in one typed outcome, nothing hangs, the client stays usable, and no POST is sent twice:
/// the client has no automatic retry, so the server records exactly one request per attempt.
/// </summary>
public sealed class ServerFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ServerSession _session = null!;

    private OkxTestServer Server => _session.Server;

    public async Task InitializeAsync() => _session = await ServerSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Http429With50011_IsAResponseWithTheCode_SentOnce()
    {
        Server.InjectFault(OkxFault.RateLimited());

        OkxResponse<JsonElement> response = await Post("r1");

        Assert.Equal("50011", response.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Throws<OkxApiException>(() => response.EnsureSuccess());
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task Http200With50011_IsAResponseWithTheCode_SentOnce()
    {
        Server.InjectFault(OkxFault.Status(200, """{"code":"50011","msg":"Too Many Requests","data":[]}"""));

        OkxResponse<JsonElement> response = await Post("r2");

        Assert.Equal("50011", response.Code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task Http503_IsAResponseWith50013_SentOnce()
    {
        Server.InjectFault(OkxFault.ServiceUnavailable());

        OkxResponse<JsonElement> response = await Post("r3");

        Assert.Equal("50013", response.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task Http500WithoutJson_IsAnOkxResponseException_SentOnce()
    {
        Server.InjectFault(OkxFault.InternalServerError());

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(() => Post("r4"));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task MalformedJson_IsAnOkxResponseException_SentOnce()
    {
        Server.InjectFault(OkxFault.MalformedJson());

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(() => Post("r5"));

        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task TruncatedBody_IsAnOkxResponseException_SentOnce()
    {
        Server.InjectFault(OkxFault.TruncatedBody());

        Exception exception = await Record(() => Post("r6"));

        output.WriteLine(exception.ToString());
        Assert.True(exception is OkxResponseException or HttpRequestException, exception.ToString());
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task DroppedConnection_IsAnHttpRequestException_SentOnce()
    {
        Server.InjectFault(OkxFault.DroppedConnection());

        Exception exception = await Record(() => Post("r7"));

        output.WriteLine(exception.ToString());
        Assert.IsType<HttpRequestException>(exception);
        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Fact]
    public async Task SlowAnswerWithCancellation_EndsWithOperationCanceled_SentOnce()
    {
        Server.InjectFault(OkxFault.Latency(TimeSpan.FromMinutes(2)));
        using var cancellation = new CancellationTokenSource();

        // Cancelled once the server holds the request (a timer could fire before a loaded machine sends it); the guards
        // only turn a hang into a failure and are far above any expected duration.
        Task<OkxResponse<JsonElement>> call = Post("r8", cancellation.Token);
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!Server.Requests.Any(r => r.Method == "POST"))
            {
                await Task.Delay(10, patience.Token);
            }
        }

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(60)));

        await AssertOnePostPerAttemptAndRecovers(attempts: 1);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-5)]
    public async Task ServerClockSkewedFiveMinutes_Gets50102_ThenSyncTimeRecovers(int minutes)
    {
        Server.ClockOffset = TimeSpan.FromMinutes(minutes);
        OkxClient client = _session.Client();

        OkxResponse<JsonElement> skewed = await client.SendAsync(Order("s1"), CancellationToken.None);
        Assert.Equal("50102", skewed.Code);

        TimeSpan offset = await client.SyncTimeAsync(CancellationToken.None);
        Assert.InRange(offset, TimeSpan.FromMinutes(minutes) - TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(20));
        Assert.Equal(offset, client.ClockOffset);

        OkxResponse<JsonElement> synced = await client.SendAsync(Order("s2"), CancellationToken.None);
        Assert.True(synced.IsSuccess, synced.Msg);
        Assert.Equal(["50102", "0"], Server.Requests.Where(r => r.Method == "POST").Select(r => r.VerificationCode));
        Assert.Single(Server.Requests, r => r.Path == "/api/v5/public/time");
    }

    [Theory]
    [InlineData("a&b=c#d+e%f\ng")]
    [InlineData("../../api/v5/account/balance")]
    [InlineData("?instId=evil")]
    [InlineData("/")]
    [InlineData("%2e%2e%2f%26")]
    [InlineData("x y\r\nHost: evil")]
    [InlineData("é🚀\u2028,\"'<>")]
    public async Task HostileQueryValue_IsEscaped_AndDecodesBackOnTheServer(string value)
    {
        var request = new FuzzQueryRequest { InstId = value, After = value, Ccy = ["BTC", value.Replace(",", "", StringComparison.Ordinal)] };

        OkxResponse<JsonElement> response = await _session.Client().SendAsync(request, CancellationToken.None);

        Assert.True(response.IsSuccess, response.Msg);
        Assert.Equal(value, Assert.Single(response.Data).GetProperty("echo").GetString());
        RecordedRequest recorded = Assert.Single(Server.Requests);
        Assert.True(recorded.IsAccepted, recorded.VerificationMessage);
        Assert.Equal("/api/v5/fuzz/query", recorded.Path);
        Assert.Equal("/api/v5/fuzz/query" + request.ToQueryString(), recorded.RawTarget);
        Assert.Equal(value, recorded.GetQueryValue("instId"));
        Assert.Equal(value, recorded.GetQueryValue("after"));
        Assert.Equal(3, recorded.QueryString.Count(c => c == '='));
        Assert.Equal(2, recorded.QueryString.Count(c => c == '&'));
    }

    internal static FuzzOrderRequest Order(string clOrdId) => new()
    {
        InstId = "BTC-USDT",
        Side = FuzzSide.Buy,
        Sz = 0.010m,
        ClOrdId = clOrdId,
    };

    private static async Task<Exception> Record(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new Xunit.Sdk.XunitException("No exception was thrown.");
    }

    private Task<OkxResponse<JsonElement>> Post(string clOrdId, CancellationToken cancellationToken = default) =>
        _session.Client().SendAsync(Order(clOrdId), cancellationToken);

    private async Task AssertOnePostPerAttemptAndRecovers(int attempts)
    {
        // Give a dropped or cancelled exchange time to reach the log: a retry would show up as a second POST.
        await Task.Delay(200);
        Assert.Equal(attempts, Server.Requests.Count(r => r.Method == "POST"));

        OkxResponse<JsonElement> next = await Post("after-fault");
        Assert.True(next.IsSuccess, next.Msg);
        Assert.Equal("after-fault", Assert.Single(next.Data).GetProperty("echo").GetString());
        Assert.Equal(attempts + 1, Server.Requests.Count(r => r.Method == "POST"));
    }
}
