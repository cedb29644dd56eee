using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OkxGen.WorkerSample;
using OpenTelemetry.Metrics;

// A worker service that trades for two accounts of one OKX user, "Main" and a sub-account "Sub", each with its REST
// client and its WebSocket client, both from the account's configuration section (Okx:Main, Okx:Sub). By default
// (Worker:UseTestServer) it runs against OkxGen.Testing's verifying server, in-process, and stops after
// Worker:Duration (--duration 20, in seconds, or 00:00:20); it reports each account's health checks first; the OkxGen meter goes to the OpenTelemetry console exporter.
// appsettings.json is read beside the program, so that `dotnet run --project ...` finds it from any directory.
HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--duration"] = "Worker:Duration" });

await using OfflineOkx? offline = await OfflineOkx.StartIfConfiguredAsync(builder.Configuration, Accounts.Names);

foreach (string account in Accounts.Names)
{
    IConfigurationSection section = builder.Configuration.GetSection("Okx:" + account);
    builder.Services.AddOkxClient(account, section);
    builder.Services.AddOkxWebSocketClient(account, section);
}

// Each account's health: OKX reachable, the clock within OKX's window, the key accepted. A worker has no HTTP endpoint
// to publish them on, so TradingWorker logs the report once at start (a web host would map /health).
builder.Services.AddHealthChecks()
    .AddOkxHealthCheck("okx-main", options => options.ClientName = Accounts.Main)
    .AddOkxHealthCheck("okx-sub", options => options.ClientName = Accounts.Sub);

builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
    .AddMeter("OkxGen")
    // OkxGen's histograms are in seconds; the SDK's default buckets are for milliseconds.
    .AddView(instrument => instrument.Meter.Name == "OkxGen" && instrument.Unit == "s"
        ? new ExplicitBucketHistogramConfiguration { Boundaries = [0, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] }
        : null)
    .AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 5000));
builder.Services.AddHostedService<TradingWorker>();
if (offline is not null)
{
    builder.Services.AddSingleton(offline.Server);
    builder.Services.AddHostedService<OfflineMarket>();
}

using IHost host = builder.Build();
await host.RunAsync();
return Environment.ExitCode;
