using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Testing.Host;

namespace OkxGen.Testing.Tests;

/// <summary>The fixed port option and the host that runs the server for clients in other languages.</summary>
public sealed class HostTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public async Task FixedPort_IsTheServersPort()
    {
        int port = FreePort();

        await using OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions { Port = port });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), server.BaseAddress);
    }

    [Fact]
    public async Task Host_ServesSignedRequestsOnItsPort_AndStopsCleanlyWhenCancelled()
    {
        int port = FreePort();
        var signer = new TestSigner(secret: "host-secret", apiKey: "host-key", passphrase: "host-pass", demo: true);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        using var stop = new CancellationTokenSource();
        string[] args = ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--key", "host-key", "--secret", "host-secret", "--passphrase", "host-pass", "--demo"];

        Task<int> host = HostCommand.RunAsync(args, NoEnvironment, TextWriter.Synchronized(output), errors, stop.Token);
        await WaitForAsync(() => output.ToString().Contains("listening on", StringComparison.Ordinal) || host.IsCompleted);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using HttpResponseMessage response = await http.SendAsync(signer.Create("GET", "/api/v5/account/balance?ccy=BTC", TestSigner.FormatTimestamp(DateTimeOffset.UtcNow)));
        OkxAnswer answer = await OkxAnswer.ReadAsync(response);
        stop.Cancel();
        int exitCode = await host;

        Assert.Equal("0", answer.Code);
        Assert.Equal(0, exitCode);
        Assert.Contains($"listening on http://127.0.0.1:{port}/", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Stopped after 1 requests: 1 accepted, 0 rejected.", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("host-secret", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, errors.ToString());
    }

    [Fact]
    public void Options_TakeTheKeyFromTheEnvironment_WhenNotGiven()
    {
        var environment = new Dictionary<string, string> { ["OKX_API_KEY"] = "env-key", ["OKX_SECRET_KEY"] = "env-secret", ["OKX_PASSPHRASE"] = "env-pass" };

        HostOptions? options = HostOptions.Parse(["--strict", "--port", "0"], name => environment.GetValueOrDefault(name), out string? error);

        Assert.Null(error);
        Assert.Equal((0, true, "env-key", "env-secret", "env-pass", false), (options!.Port, options.Strict, options.Key!.ApiKey, options.Key.SecretKey, options.Key.Passphrase, options.Key.IsDemo));
    }

    [Fact]
    public void Options_WithoutAnyKey_RunPublicOnly_OnPort8090()
    {
        HostOptions? options = HostOptions.Parse([], NoEnvironment, out string? error);

        Assert.Equal((null, 8090, null), (error, options!.Port, options.Key));
    }

    [Theory]
    [InlineData("--port", "x")]
    [InlineData("--port", "70000")]
    [InlineData("--key", "k")]
    [InlineData("--secret")]
    [InlineData("--verbose")]
    public async Task BadArguments_Exit2WithAMessage(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        int exitCode = await HostCommand.RunAsync(args, NoEnvironment, output, errors, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrintsUsage_AndExits0()
    {
        using var output = new StringWriter();

        int exitCode = await HostCommand.RunAsync(["--help"], NoEnvironment, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("--passphrase", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Ctrl+C", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUse_Exits1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var errors = new StringWriter();

        int exitCode = await HostCommand.RunAsync(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], NoEnvironment, TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains($"127.0.0.1:{port}", errors.ToString(), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the host to start: a readiness wait, not a timing assertion (it gives up after a minute).</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
