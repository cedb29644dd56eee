using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OkxGen.Api.Account;
using OkxGen.Api.Market;
using OkxGen.Api.Trade;
using OkxGen.WebSockets;

namespace OkxGen.WorkerSample;

/// <summary>
/// The trading loop of a production worker, written once for OKX and the test server alike: it logs each account's health
/// checks, watches BTC-USDT on the main account's public socket and the sub-account's orders on its private socket,
/// places one post-only order per account, and polls balances and the ticker each second until <c>Worker:Duration</c>
/// has passed; then it stops the host.
/// </summary>
internal sealed partial class TradingWorker(
    IOkxClientFactory clients,
    [FromKeyedServices(Accounts.Main)] OkxWebSocketClient mainSocket,
    [FromKeyedServices(Accounts.Sub)] OkxWebSocketClient subSocket,
    HealthCheckService health,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<TradingWorker> logger) : BackgroundService
{
    private const string Instrument = "BTC-USDT";
    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan duration = Duration(configuration["Worker:Duration"]);
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        session.CancelAfter(duration);
        Log.SessionStarted(logger, duration.TotalSeconds);
        try
        {
            await ReportHealthAsync(session.Token);
            Task tickers = WatchTickersAsync(session.Token);
            Task orders = WatchOrdersAsync(session.Token);
            await PlaceOrderAsync(Accounts.Main, session.Token);

            // The sub-account asks for its balance 12 times at once: OKX allows 10 per 2 s per user, so the client's
            // limiter holds the last two back (okxgen.rate_limit.wait.duration) instead of letting OKX refuse them.
            var burst = new Task[12];
            for (int i = 0; i < burst.Length; i++)
            {
                burst[i] = CheckAsync(Accounts.Sub, clients.Get(Accounts.Sub).GetBalanceAsync(new GetBalanceRequest { Ccy = "USDT" }, session.Token));
            }

            await Task.WhenAll(burst);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            for (int second = 1; await timer.WaitForNextTickAsync(session.Token); second++)
            {
                if (second == 2)
                {
                    // By now the sub-account's orders subscription is live: its socket shows the order that follows.
                    await PlaceOrderAsync(Accounts.Sub, session.Token);
                }

                foreach (string account in Accounts.Names)
                {
                    await CheckAsync(account, clients.Get(account).GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,USDT" }, session.Token));
                    await CheckAsync(account, clients.Get(account).GetTickerAsync(new GetTickerRequest { InstId = Instrument }, session.Token));
                }
            }

            await Task.WhenAll(tickers, orders);
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is OkxWebSocketException or OkxResponseException or System.Net.Http.HttpRequestException)
        {
            Fail(exception);
        }
        finally
        {
            int failures = Volatile.Read(ref _failures);
            Log.SessionEnded(logger, failures);
            Environment.ExitCode = failures == 0 ? 0 : 1;
            lifetime.StopApplication();
        }
    }

    // What a readiness probe would see: an unhealthy account (unreachable, refused key, clock 30 s off) fails the session.
    private async Task ReportHealthAsync(CancellationToken cancellationToken)
    {
        HealthReport report = await health.CheckHealthAsync(cancellationToken);
        foreach ((string name, HealthReportEntry entry) in report.Entries)
        {
            Log.Health(logger, name, entry.Status, entry.Description);
        }

        if (report.Status == HealthStatus.Unhealthy)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    private async Task PlaceOrderAsync(string account, CancellationToken cancellationToken)
    {
        var order = new PlaceOrderRequest
        {
            InstId = Instrument,
            TdMode = TradeMode.Cash,
            Side = OrderSide.Buy,
            OrdType = "post_only",
            Sz = 0.001m,
            Px = 30000m,
            ClOrdId = account.ToLowerInvariant() + "1",
        };
        OkxResponse<OrderAck> response = await clients.Get(account).PlaceOrderAsync(order, cancellationToken);
        if (await CheckAsync(account, Task.FromResult(response)))
        {
            Log.OrderPlaced(logger, account, response.Data[0].OrdId, order.ClOrdId);
        }
    }

    private async Task<bool> CheckAsync<T>(string account, Task<OkxResponse<T>> call)
    {
        OkxResponse<T> response = await call;
        if (response.IsSuccess)
        {
            return true;
        }

        Log.Refused(logger, account, response.Code, response.Msg);
        Interlocked.Increment(ref _failures);
        return false;
    }

    private async Task WatchTickersAsync(CancellationToken cancellationToken)
    {
        int pushes = 0;
        try
        {
            await foreach (OkxPush<Ticker> push in mainSocket.SubscribeAsync(new TickersChannel { InstId = Instrument }, cancellationToken))
            {
                if (push.Kind == OkxPushKind.Reconnected)
                {
                    Log.Reconnected(logger, Accounts.Main, "tickers");
                }
                else if (push.Kind == OkxPushKind.Data && ++pushes % 10 == 1)
                {
                    Log.Ticker(logger, Instrument, push.Data[0].Last, pushes);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is OkxWebSocketException or InvalidOperationException)
        {
            Fail(exception);
        }
    }

    private async Task WatchOrdersAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (OkxPush<OrderUpdate> push in subSocket.SubscribeAsync(new OrdersChannel { InstType = "ANY" }, cancellationToken))
            {
                if (push.Kind == OkxPushKind.Reconnected)
                {
                    Log.Reconnected(logger, Accounts.Sub, "orders");
                }

                foreach (OrderUpdate order in push.Data)
                {
                    Log.OrderUpdate(logger, Accounts.Sub, order.OrdId, order.State);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is OkxWebSocketException or InvalidOperationException)
        {
            Fail(exception);
        }
    }

    private void Fail(Exception exception)
    {
        Log.Failed(logger, exception.Message);
        Interlocked.Increment(ref _failures);
    }

    private static TimeSpan Duration(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return TimeSpan.FromSeconds(8);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan duration) ? duration
            : throw new FormatException("Worker:Duration (--duration) is a number of seconds or a time span such as 00:00:20.");
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Trading session of {Seconds} s for the accounts Main and Sub")]
        public static partial void SessionStarted(ILogger logger, double seconds);

        [LoggerMessage(2, LogLevel.Information, "{Account}: order {OrdId} ({ClOrdId}) placed")]
        public static partial void OrderPlaced(ILogger logger, string account, string? ordId, string? clOrdId);

        [LoggerMessage(3, LogLevel.Information, "{Account}: orders push, {OrdId} is {State}")]
        public static partial void OrderUpdate(ILogger logger, string account, string? ordId, string? state);

        [LoggerMessage(4, LogLevel.Information, "Main: {InstId} last {Last} (push {Count})")]
        public static partial void Ticker(ILogger logger, string instId, decimal? last, int count);

        [LoggerMessage(5, LogLevel.Warning, "{Account}: the {Channel} socket reconnected; subscriptions renewed")]
        public static partial void Reconnected(ILogger logger, string account, string channel);

        [LoggerMessage(6, LogLevel.Error, "{Account}: OKX refused a call: {Code} {Message}")]
        public static partial void Refused(ILogger logger, string account, string code, string message);

        [LoggerMessage(7, LogLevel.Error, "The session failed: {Message}")]
        public static partial void Failed(ILogger logger, string message);

        [LoggerMessage(8, LogLevel.Information, "Session over ({Failures} failures); stopping the host")]
        public static partial void SessionEnded(ILogger logger, int failures);

        [LoggerMessage(9, LogLevel.Information, "Health check {Name}: {Status} ({Description})")]
        public static partial void Health(ILogger logger, string name, HealthStatus status, string? description);
    }
}
