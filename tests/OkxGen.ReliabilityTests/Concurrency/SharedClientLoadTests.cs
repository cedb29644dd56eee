using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;
using OkxGen.Testing;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Concurrency;

/// <summary>One client shared by 16 tasks against the verifying server: every request signed right, sent as serialized, answered to its sender.</summary>
public sealed class SharedClientLoadTests(ITestOutputHelper output)
{
    private const int Tasks = 16;
    private const int TotalRequests = 5_000;

    [Fact]
    public async Task SixteenTasksSharingOneClient_SendFiveThousandMixedRequests_WithoutCrossTalk()
    {
        await using ServerSession session = await ServerSession.StartAsync();
        OkxClient client = session.Client();
        var expected = new ConcurrentDictionary<string, (string Target, string Body)>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
        {
            for (int i = task; i < TotalRequests; i += Tasks)
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"c{task}x{i}");
                IOkxRequest request = Request(id, i);
                string target = request.Endpoint.Path + (request is FuzzQueryRequest query ? query.ToQueryString() : "");
                string body = request switch
                {
                    FuzzOrderRequest order => order.ToJson(),
                    FuzzBatchRequest batch => batch.ToJson(),
                    _ => "",
                };
                Assert.True(expected.TryAdd(id, (target, body)));

                OkxResponse<JsonElement> response = await client.SendAsync(request, CancellationToken.None);

                Assert.True(response.IsSuccess, $"{id}: {response.Code} {response.Msg}");
                Assert.Equal(id, Assert.Single(response.Data).GetProperty("echo").GetString());
            }
        })));

        stopwatch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TotalRequests} requests from {Tasks} tasks in {stopwatch.Elapsed.TotalSeconds:F1} s"));

        IReadOnlyList<RecordedRequest> recorded = session.Server.Requests;
        Assert.Equal(TotalRequests, recorded.Count);
        Assert.All(recorded, r => Assert.True(r.IsAccepted, $"{r}: {r.VerificationMessage}"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (RecordedRequest request in recorded)
        {
            string id = ServerSession.EchoId(request);
            Assert.True(seen.Add(id), $"{id} was recorded twice");
            (string target, string body) = expected[id];
            Assert.Equal(target, request.RawTarget);
            Assert.Equal(body, request.BodyText);
        }

        Assert.Equal(TotalRequests, seen.Count);
    }

    // Values with escapes, astral characters and reserved query characters, different in every request.
    private static IOkxRequest Request(string id, int i)
    {
        string tag = string.Create(CultureInfo.InvariantCulture, $"t\"\\\u2028\u00e9\uD83D\uDE80\n{i}");
        FuzzOrderRequest Order(string clOrdId) => new()
        {
            InstId = "BTC-USDT",
            Side = (FuzzSide)(i % 4),
            Sz = i / 1000m,
            Px = -i * 0.01m,
            ClOrdId = clOrdId,
            Tag = tag,
            Notes = [tag, id],
            AttachAlgoOrds = [new FuzzLeg { Id = id, TpTriggerPx = i, Inner = new FuzzInner { A = -i, B = tag } }],
        };

        return (i % 3) switch
        {
            0 => Order(id),
            1 => new FuzzBatchRequest { Orders = [Order(id), Order(id + "b"), Order(id + "c")] },
            _ => new FuzzQueryRequest { InstId = id, After = tag + "&x=1#", Px = i / 7m, Ccy = ["BTC", id] },
        };
    }
}
