using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using OkxGen.Testing;

namespace OkxGen.WorkerSample;

/// <summary>
/// Plays OKX's part offline: a BTC-USDT ticker push every 250 ms, stamped with the server's <c>ts</c>, and one network
/// drop of every socket after 4 s, so that push lag and a reconnect show in the metrics.
/// </summary>
internal sealed class OfflineMarket(OkxTestServer server) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        decimal last = 43250.5m;
        try
        {
            for (int tick = 1; await timer.WaitForNextTickAsync(stoppingToken); tick++)
            {
                last += tick % 2 == 0 ? 0.5m : -0.3m;
                string ts = server.Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                string price = last.ToString(CultureInfo.InvariantCulture);
                await server.PushAsync("""{"channel":"tickers","instId":"BTC-USDT"}""", $$"""[{"instType":"SPOT","instId":"BTC-USDT","last":"{{price}}","ts":"{{ts}}"}]""", cancellationToken: stoppingToken);
                if (tick == 16)
                {
                    await server.DropWebSocketConnectionsAsync(cancellationToken: stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
