using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OkxGen.Testing;

namespace OkxGen.Client.Tests.Registration;

/// <summary><c>AddOkxHealthCheck</c> against the verifying server: each state, and no secret in any of them.</summary>
public sealed class HealthCheckTests
{
    private const string CheckName = "okx-main";
    private static readonly OkxTestKey Main = new("health-key-0123456789", "HEALTHSECRET0123456789ABCDEF0123", "Health-Pass-1");

    [Fact]
    public async Task ReachableAcceptedAndOnTime_IsHealthy()
    {
        await using OkxTestServer server = await StartAsync();

        HealthReportEntry entry = await CheckAsync(server, Main);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Contains("accepts its key", entry.Description, StringComparison.Ordinal);
        RecordedRequest signed = Assert.Single(server.Requests, request => request.Path == "/api/v5/account/config");
        Assert.True(signed.IsAccepted, signed.VerificationMessage);
    }

    [Fact]
    public async Task WithoutCredentials_OnlyThePublicClockIsAsked()
    {
        await using OkxTestServer server = await StartAsync();

        HealthReportEntry entry = await CheckAsync(server, key: null);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("/api/v5/public/time", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task AClockTenSecondsBehindOkxs_IsDegraded_WhileItsKeyIsStillAccepted()
    {
        await using OkxTestServer server = await StartAsync();
        server.ClockOffset = TimeSpan.FromSeconds(10);   // OKX's clock ahead: the local one is behind

        HealthReportEntry entry = await CheckAsync(server, Main);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.StartsWith("The local clock is ", entry.Description, StringComparison.Ordinal);
        Assert.Contains("behind OKX's, more than the 5 s allowed", entry.Description, StringComparison.Ordinal);
        Assert.InRange((double)entry.Data["okx.clock_skew_ms"], 9_000, 11_000);
        Assert.True(server.Requests.Single(request => request.Path == "/api/v5/account/config").IsAccepted);
    }

    [Fact]
    public async Task AClockPastOkxsWindow_IsUnhealthy_ThoughTheKeyIsAccepted()
    {
        await using OkxTestServer server = await StartAsync();
        server.ClockOffset = TimeSpan.FromSeconds(-40);   // OKX's clock behind: the local one is ahead

        HealthReportEntry entry = await CheckAsync(server, Main);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("The local clock is ", entry.Description, StringComparison.Ordinal);
        Assert.InRange((double)entry.Data["okx.clock_skew_ms"], -41_000, -39_000);   // measured over a round trip: not exact
        Assert.Contains("ahead of OKX's: OKX refuses the signed requests it timestamps, more than 30 s off (50102)", entry.Description, StringComparison.Ordinal);
        Assert.True(server.Requests.Single(request => request.Path == "/api/v5/account/config").IsAccepted);
    }

    [Fact]
    public async Task AWrongKey_IsUnhealthy_WithOkxsCode_AndNoSecret()
    {
        await using OkxTestServer server = await StartAsync();
        var unknown = new OkxTestKey("unknown-key-0123456789", "UNKNOWNSECRET0123456789ABCDEF012", "Unknown-Pass-1");

        HealthReportEntry entry = await CheckAsync(server, unknown);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("OKX refused the signed GET /api/v5/account/config of the OKX client 'main': code 50111", entry.Description, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
        foreach (string secret in new[] { unknown.SecretKey, unknown.Passphrase, unknown.ApiKey })
        {
            Assert.DoesNotContain(secret, entry.Description, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, string.Join(",", entry.Data.Values), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AWrongPassphrase_IsUnhealthy_AndTheRightOneIsNotShown()
    {
        await using OkxTestServer server = await StartAsync();

        HealthReportEntry entry = await CheckAsync(server, new OkxTestKey(Main.ApiKey, Main.SecretKey, "Wrong-Pass-1"));

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("code 50105", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(Main.Passphrase, entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Pass-1", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(Main.SecretKey, entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAnswerFromOkx_IsUnhealthy_NotACrash()
    {
        await using OkxTestServer server = await StartAsync();
        server.InjectFault(OkxFault.DroppedConnection("/api/v5/public/time"));

        HealthReportEntry entry = await CheckAsync(server, Main);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("OKX is not reachable from the OKX client 'main': GET /api/v5/public/time failed", entry.Description, StringComparison.Ordinal);
        Assert.NotNull(entry.Exception);
        Assert.DoesNotContain(server.Requests, request => request.Path == "/api/v5/account/config");
    }

    [Fact]
    public async Task TheUnnamedClient_IsCheckedWhenNoNameIsGiven()
    {
        await using OkxTestServer server = await StartAsync();
        var services = new ServiceCollection();
        services.AddOkxClient(options => Configure(options, server, Main));
        services.AddHealthChecks().AddOkxHealthCheck("okx");
        await using ServiceProvider provider = services.BuildServiceProvider();

        HealthReport report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, report.Entries["okx"].Status);
        Assert.Contains("OKX answers the OKX client and accepts its key", report.Entries["okx"].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(30)]
    public void AThresholdOutsideOkxsWindow_IsRefusedAtRegistration(int seconds)
    {
        IHealthChecksBuilder builder = new ServiceCollection().AddHealthChecks();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddOkxHealthCheck("okx", options => options.ClockSkewThreshold = TimeSpan.FromSeconds(seconds)));
    }

    private static async Task<OkxTestServer> StartAsync()
    {
        OkxTestServer server = await OkxTestServer.StartAsync(cancellationToken: CancellationToken.None);
        server.AddKey(Main);
        return server;
    }

    private static async Task<HealthReportEntry> CheckAsync(OkxTestServer server, OkxTestKey? key)
    {
        var services = new ServiceCollection();
        services.AddOkxClient("main", options => Configure(options, server, key));
        services.AddHealthChecks().AddOkxHealthCheck(CheckName, options => options.ClientName = "main");
        await using ServiceProvider provider = services.BuildServiceProvider();

        HealthReport report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);
        return report.Entries[CheckName];
    }

    private static void Configure(OkxClientOptions options, OkxTestServer server, OkxTestKey? key)
    {
        options.BaseAddress = server.BaseAddress;
        options.Simulated = true;
        if (key is not null)
        {
            options.Credentials = new OkxCredentials(key.ApiKey, key.SecretKey, key.Passphrase);
        }
    }
}
