using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

public sealed class ClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);

    [Fact]
    public async Task ClockOffset_BeyondTheWindow_Is50102_AndWithinIsAccepted()
    {
        var clock = new ManualTimeProvider(Start);
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock });
        string clientTime = TestSigner.FormatTimestamp(Start);

        scope.Server.ClockOffset = TimeSpan.FromSeconds(31);
        OkxAnswer skewed = await scope.SendAsync(scope.Signer.Create("GET", "/api/v5/account/config", clientTime));
        scope.Server.ClockOffset = TimeSpan.FromSeconds(-29);
        OkxAnswer withinWindow = await scope.SendAsync(scope.Signer.Create("GET", "/api/v5/account/config", clientTime));

        Assert.Equal("50102", skewed.Code);
        Assert.Equal("0", withinWindow.Code);
    }

    [Fact]
    public async Task AdvancingTheProvider_ExpiresAnOldTimestamp()
    {
        var clock = new ManualTimeProvider(Start);
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock });
        string timestamp = TestSigner.FormatTimestamp(Start);

        clock.Advance(TimeSpan.FromMilliseconds(30_001));

        Assert.Equal("50102", (await scope.SendAsync(scope.Signer.Create("GET", "/api/v5/account/config", timestamp))).Code);
    }

    [Fact]
    public async Task CustomWindow_IsHonoured()
    {
        var clock = new ManualTimeProvider(Start);
        var options = new OkxTestServerOptions { TimeProvider = clock, TimestampWindow = TimeSpan.FromSeconds(5) };
        await using ServerScope scope = await ServerScope.StartAsync(options);

        string timestamp = TestSigner.FormatTimestamp(Start.AddSeconds(-6));

        Assert.Equal("50102", (await scope.SendAsync(scope.Signer.Create("GET", "/api/v5/account/config", timestamp))).Code);
    }

    [Fact]
    public async Task PublicTime_ReportsTheServerClockIncludingOffset()
    {
        var clock = new ManualTimeProvider(Start);
        await using ServerScope scope = await ServerScope.StartAsync(new OkxTestServerOptions { TimeProvider = clock });
        scope.Server.ClockOffset = TimeSpan.FromSeconds(-2);

        using HttpResponseMessage response = await scope.Http.GetAsync(new Uri("/api/v5/public/time", UriKind.Relative));
        OkxAnswer answer = await OkxAnswer.ReadAsync(response);

        string expected = Start.AddSeconds(-2).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal($$"""{"code":"0","msg":"","data":[{"ts":"{{expected}}"}]}""", answer.Text);
        Assert.Equal(Start.AddSeconds(-2), scope.Server.Now);
    }
}
