using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

public sealed class FaultTests
{
    private const string Ticker = "/api/v5/market/ticker?instId=BTC-USDT";
    private const string TickerPath = "/api/v5/market/ticker";

    [Fact]
    public async Task RateLimited_Answers429With50011_ForTheGivenCountOnly()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.RateLimited(), times: 2);

        OkxAnswer first = await GetAsync(scope);
        OkxAnswer second = await GetAsync(scope);
        OkxAnswer third = await GetAsync(scope);

        Assert.Equal((HttpStatusCode.TooManyRequests, "50011"), (first.Status, first.Code));
        Assert.Equal((HttpStatusCode.TooManyRequests, "50011"), (second.Status, second.Code));
        Assert.Equal((HttpStatusCode.OK, "0"), (third.Status, third.Code));
        Assert.Equal(new OkxFaultKind?[] { OkxFaultKind.HttpStatus, OkxFaultKind.HttpStatus, null }, Array.ConvertAll(ToArray(scope), r => r.Fault));
    }

    [Fact]
    public async Task PathFault_SkipsOtherPaths()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.ServiceUnavailable("/api/v5/trade/order"));

        OkxAnswer other = await GetAsync(scope);
        OkxAnswer order = await scope.SendSignedAsync("POST", "/api/v5/trade/order", """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""");
        OkxAnswer orderAgain = await scope.SendSignedAsync("POST", "/api/v5/trade/order", """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""");

        Assert.Equal("0", other.Code);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "50013"), (order.Status, order.Code));
        Assert.Equal("0", orderAgain.Code);
    }

    [Fact]
    public async Task InternalServerError_Answers500WithNonJsonBody()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.InternalServerError(TickerPath));

        using HttpResponseMessage response = await scope.Http.GetAsync(new Uri(Ticker, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MalformedJson_Answers200WithUnparsableBody()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.MalformedJson());

        using HttpResponseMessage response = await scope.Http.GetAsync(new Uri(Ticker, UriKind.Relative));
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text).Dispose());
    }

    [Fact]
    public async Task TruncatedBody_FailsTheClientRead()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.TruncatedBody(TickerPath));

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => scope.Http.GetAsync(new Uri(Ticker, UriKind.Relative)));
        Assert.Equal("0", (await GetAsync(scope)).Code);
    }

    [Fact]
    public async Task TruncatedBody_WithHeadersFirst_FailsWhileReadingContent()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.TruncatedBody());

        using HttpResponseMessage response = await scope.Http.GetAsync(new Uri(Ticker, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DroppedConnection_FailsTheRequest_AndIsRecorded()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.DroppedConnection());

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => scope.Http.GetAsync(new Uri(Ticker, UriKind.Relative)));

        Assert.Equal(OkxFaultKind.DroppedConnection, Assert.Single(scope.Server.Requests).Fault);
    }

    [Fact]
    public async Task Latency_DelaysThenAnswersNormally()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.Latency(TimeSpan.FromMilliseconds(300)));
        var stopwatch = Stopwatch.StartNew();

        OkxAnswer answer = await GetAsync(scope);

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(280), stopwatch.Elapsed.ToString());
        Assert.Equal("0", answer.Code);
    }

    [Fact]
    public async Task Latency_EndsWhenTheClientGivesUp()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.Latency(TimeSpan.FromMinutes(5)));
        using var http = new HttpClient { BaseAddress = scope.Server.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.GetAsync(new Uri(Ticker, UriKind.Relative)));
        Assert.Equal("0", (await GetAsync(scope)).Code);
    }

    [Fact]
    public async Task ClearFaults_RemovesPendingFaults()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.RateLimited(), times: 5);

        scope.Server.ClearFaults();

        Assert.Equal("0", (await GetAsync(scope)).Code);
    }

    [Fact]
    public async Task FaultOnRejectedRequest_StillApplies_AndTheRecordKeepsTheVerificationCode()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.InjectFault(OkxFault.RateLimited());

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver("GET", "/api/v5/account/config", scope.Now, null, "bad"));

        Assert.Equal("50011", answer.Code);
        Assert.Equal("50113", Assert.Single(scope.Server.Requests).VerificationCode);
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => OkxFault.RateLimited("api/v5/no-leading-slash"));
        Assert.Throws<ArgumentOutOfRangeException>(() => OkxFault.Status(99, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => OkxFault.Latency(TimeSpan.FromSeconds(-1)));
    }

    private static async Task<OkxAnswer> GetAsync(ServerScope scope)
    {
        using HttpResponseMessage response = await scope.Http.GetAsync(new Uri(Ticker, UriKind.Relative));
        return await OkxAnswer.ReadAsync(response);
    }

    private static RecordedRequest[] ToArray(ServerScope scope)
    {
        var requests = scope.Server.Requests;
        var array = new RecordedRequest[requests.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = requests[i];
        }

        return array;
    }
}
