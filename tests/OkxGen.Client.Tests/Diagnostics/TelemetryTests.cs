using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;
using OkxGen.TestSupport;

namespace OkxGen.Client.Tests.Diagnostics;

/// <summary>The <c>OkxGen</c> meter and activity source, seen as OpenTelemetry would see them: by name, through listeners.</summary>
public sealed class TelemetryTests
{
    // Other test classes call the client in parallel: this code, which only this class answers with, singles out its calls.
    private const string Code = "59901";

    [Fact]
    public async Task EachCall_RecordsItsDurationInSeconds_ByMethodPathTemplateAndCode()
    {
        using var recorder = new MeasurementRecorder("okxgen.request.duration");
        var handler = new StubHandler($$"""{"code":"{{Code}}","msg":"refused","data":[]}""", HttpStatusCode.BadRequest);

        await ClientFactory.Create(handler).GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC" }, CancellationToken.None);

        RecordedMeasurement ours = Assert.Single(recorder.Measurements, m => Equals(m.Tags.GetValueOrDefault("okx.code"), Code));
        Assert.Equal("s", ours.Unit);
        Assert.True(ours.Value >= 0);
        Assert.Equal(
            new Dictionary<string, object?> { ["http.request.method"] = "GET", ["okx.path"] = "/api/v5/account/balance", ["okx.code"] = Code },
            ours.Tags);
        AssertNoSecret(ours.Tags.Values, handler);
    }

    [Fact]
    public async Task EachCall_IsOneClientActivity_TaggedWithMethodPathTemplateAndCode_AndNothingSecret()
    {
        using var testSource = new ActivitySource("OkxGen.Client.Tests");
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "OkxGen" or "OkxGen.Client.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var handler = new StubHandler($$"""{"code":"{{Code}}","msg":"refused","data":[]}""", HttpStatusCode.BadRequest);

        using (Activity parent = testSource.StartActivity("test")!)
        {
            await ClientFactory.Create(handler).GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC" }, CancellationToken.None);
            Activity call = Assert.Single(stopped, activity => activity.Source.Name == "OkxGen" && activity.ParentId == parent.Id);

            Assert.Equal(ActivityKind.Client, call.Kind);
            Assert.Equal("GET /api/v5/account/balance", call.DisplayName);
            Assert.Equal(ActivityStatusCode.Error, call.Status);
            Assert.Equal(
                new Dictionary<string, string?> { ["http.request.method"] = "GET", ["okx.path"] = "/api/v5/account/balance", ["okx.code"] = Code },
                call.Tags.ToDictionary(tag => tag.Key, tag => tag.Value));
            AssertNoSecret(call.TagObjects.Select(tag => tag.Value), handler);
        }
    }

    private static void AssertNoSecret(IEnumerable<object?> values, StubHandler handler)
    {
        string signature = Assert.Single(handler.Requests).Headers["OK-ACCESS-SIGN"];
        foreach (string text in values.Select(value => value?.ToString() ?? ""))
        {
            foreach (string secret in new[] { ClientFactory.SecretKey, ClientFactory.Passphrase, ClientFactory.ApiKey, signature, "ccy=BTC" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }
}
