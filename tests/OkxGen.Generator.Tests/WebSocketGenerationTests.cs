using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using OkxGen.Generator.Tests.TestSupport;

namespace OkxGen.Generator.Tests;

/// <summary>[OkxChannel] and WebSocketOp: the generated source against reviewed snapshots, and the pipeline's caching.</summary>
public sealed class WebSocketGenerationTests
{
    private const string Channels = """
        using System.Collections.Generic;
        using OkxGen;
        using OkxGen.WebSockets;

        namespace Demo;

        public enum InstrumentType { [OkxValue("SPOT")] Spot, [OkxValue("ANY")] Any }

        [OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderUpdate))]
        public partial record OrdersChannel
        {
            public required InstrumentType InstType { get; init; }
            public string? InstId { get; init; }
            public string? AlgoId { get; init; }
        }

        public sealed record OrderUpdate
        {
            public string? OrdId { get; init; }
            public decimal? AccFillSz { get; init; }
            public InstrumentType? InstType { get; init; }
        }
        """;

    private const string Operations = """
        using System.Collections.Generic;
        using OkxGen;

        namespace Demo;

        [OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck), AcceptsExpTime = true, WebSocketOp = "order")]
        public partial record PlaceOrderRequest
        {
            public long? InstIdCode { get; init; }
            public string? InstId { get; init; }
            public required decimal Sz { get; init; }
        }

        [OkxEndpoint("POST", "/api/v5/trade/batch-orders", Response = typeof(OrderAck), WebSocketOp = "batch-orders")]
        internal partial record PlaceBatchOrdersRequest
        {
            [OkxBody] public required IReadOnlyList<PlaceOrderRequest> Orders { get; init; }
        }

        public sealed record OrderAck
        {
            public string? OrdId { get; init; }
            public string? SCode { get; init; }
            public string? SMsg { get; init; }
        }
        """;

    private const string Tickers = """
        using OkxGen.WebSockets;

        namespace Demo;

        [OkxChannel("tickers", Push = typeof(Ticker))]
        public partial record TickersChannel
        {
            public required string InstId { get; init; }
        }

        public sealed record Ticker
        {
            public decimal? Last { get; init; }
        }
        """;

    [Fact]
    public Task Channel_WithEnumMemberAndPushReader() => SnapshotVerifier.VerifyAsync(nameof(Channel_WithEnumMemberAndPushReader), Channels);

    [Fact]
    public Task WebSocketOp_ObjectAndArrayBodies() => SnapshotVerifier.VerifyAsync(nameof(WebSocketOp_ObjectAndArrayBodies), Operations);

    [Fact]
    public void PushTypeAlsoAResponseType_IsReadByOneReader()
    {
        string channel = Tickers.Replace("Push = typeof(Ticker)", "Push = typeof(Demo.OrderAck)", StringComparison.Ordinal);

        GeneratorRunResult result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Operations, channel)).Result;

        Assert.Single(result.GeneratedSources, source => source.HintName == "Demo.OrderAck.OkxReader.g.cs");
        Assert.Contains(result.GeneratedSources, source => source.HintName == "Demo.TickersChannel.Okx.g.cs");
    }

    [Fact]
    public void EditingAnUnrelatedChannel_LeavesTheOtherChannelCached()
    {
        string edited = Tickers.Replace("public decimal? Last { get; init; }", "public decimal? Last { get; init; }\n    public decimal? AskPx { get; init; }", StringComparison.Ordinal);

        GeneratorRunResult result = IncrementalCachingTests.RunTwice([Channels, Tickers], 1, edited);

        Dictionary<string, IncrementalStepRunReason> channels = result.TrackedSteps[TrackingNames.ValidChannels]
            .SelectMany(run => run.Outputs)
            .ToDictionary(output => ((OkxGen.SourceGeneration.Model.ChannelSpec)output.Value).Channel, output => output.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, channels["tickers"]);
        Assert.Contains(channels["orders"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
    }

    [Fact]
    public void EditingAMethodBody_LeavesChannelsAndOperationsCached()
    {
        string withMethod = Channels.Replace("public string? AlgoId { get; init; }", "public string? AlgoId { get; init; }\n    public string Describe() => \"a\";", StringComparison.Ordinal);

        GeneratorRunResult result = IncrementalCachingTests.RunTwice([withMethod, Operations], 0, withMethod.Replace("\"a\"", "\"b\"", StringComparison.Ordinal));

        foreach (string step in new[] { TrackingNames.ValidChannels, TrackingNames.WebSocketOperations })
        {
            Assert.All(
                result.TrackedSteps[step].SelectMany(run => run.Outputs),
                output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }
    }

    [Fact]
    public void ChannelSpecs_HoldNoRoslynObjects_AndAreEqualAcrossParses()
    {
        GeneratorRunResult first = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Channels, Tickers)).Result;
        GeneratorRunResult second = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Channels, Tickers)).Result;

        object[] specs = first.TrackedSteps[TrackingNames.ValidChannels].SelectMany(run => run.Outputs).Select(output => output.Value).ToArray();
        object[] again = second.TrackedSteps[TrackingNames.ValidChannels].SelectMany(run => run.Outputs).Select(output => output.Value).ToArray();
        Assert.Equal(2, specs.Length);
        Assert.Equal(specs, again);
        Assert.Equal(specs.Select(spec => spec.GetHashCode()), again.Select(spec => spec.GetHashCode()));
        foreach (object spec in specs)
        {
            IncrementalCachingTests.AssertHoldsNoRoslynObjects(spec, TrackingNames.ValidChannels, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }
}
