using System.Collections.Generic;
using System.Globalization;

namespace OkxGen.Generator.Tests.TestSupport;

/// <summary>
/// 300 <c>[OkxEndpoint]</c> declarations, one file each, about the size of OKX's REST surface, in five shapes: POST with
/// enums and a list of nested objects, GET with scalars, enums and lists, POST with a nested object, a public GET, and
/// a POST whose body is an array. ScaleTests and the benchmarks' GeneratorBenchmarks (which link this file) share it.
/// </summary>
internal static class EndpointCorpus
{
    public const int Count = 300;

    public const string SharedTypes = """
        using System.Collections.Generic;
        using OkxGen;

        namespace Scale.Api;

        public enum ScaleSide { Buy, Sell }

        public enum ScaleMode { Cash, Cross, SpotIsolated }

        public enum ScaleInstType { [OkxValue("SPOT")] Spot, [OkxValue("SWAP")] Swap, [OkxValue("FUTURES")] Futures }

        public sealed record ScaleLeg
        {
            public required string Id { get; init; }
            public decimal? Px { get; init; }
            public ScaleSide? Side { get; init; }
        }

        public sealed record ScaleNested
        {
            public string? Tag { get; init; }
            public decimal? Sz { get; init; }
            public IReadOnlyList<ScaleLeg>? Legs { get; init; }
        }

        public sealed record ScaleAck
        {
            public string? OrdId { get; init; }
            public string? ClOrdId { get; init; }
            public string? SCode { get; init; }
            public string? SMsg { get; init; }
        }

        public sealed record ScaleTicker
        {
            public required string InstId { get; init; }
            public decimal Last { get; init; }
            public ScaleInstType? InstType { get; init; }
        }
        """;

    /// <summary>The shared types first, then one file per endpoint.</summary>
    public static List<string> Sources()
    {
        var sources = new List<string>(Count + 1) { SharedTypes };
        for (int i = 0; i < Count; i++)
        {
            sources.Add(Endpoint(i, "endpoint"));
        }

        return sources;
    }

    /// <summary>Endpoint <paramref name="index"/>'s file; <paramref name="description"/> is returned by a method body.</summary>
    public static string Endpoint(int index, string description)
    {
        string n = index.ToString("D3", CultureInfo.InvariantCulture);
        string body = (index % 5) switch
        {
            0 => $$"""
                [OkxEndpoint("POST", "/api/v5/scale/order{{n}}", Response = typeof(ScaleAck), AcceptsExpTime = true)]
                public partial record Place{{n}}Request
                {
                    public required string InstId { get; init; }
                    public required ScaleSide Side { get; init; }
                    public required ScaleMode TdMode { get; init; }
                    public required decimal Sz { get; init; }
                    public decimal? Px { get; init; }
                    public bool? ReduceOnly { get; init; }
                    public IReadOnlyList<ScaleLeg>? Legs { get; init; }
                """,
            1 => $$"""
                [OkxEndpoint("GET", "/api/v5/scale/list{{n}}")]
                public partial record List{{n}}Request
                {
                    public ScaleInstType? InstType { get; init; }
                    public string? Ccy { get; init; }
                    public IReadOnlyList<string>? InstIds { get; init; }
                    public int? Limit { get; init; }
                    public long? After { get; init; }
                    public bool? Simple { get; init; }
                """,
            2 => $$"""
                [OkxEndpoint("POST", "/api/v5/scale/nested{{n}}", Response = typeof(ScaleAck))]
                public partial record Nested{{n}}Request
                {
                    public required ScaleNested Nested { get; init; }
                    public required ScaleMode Mode { get; init; }
                    public IReadOnlyList<decimal>? Sizes { get; init; }
                """,
            3 => $$"""
                [OkxEndpoint("GET", "/api/v5/market/ticker{{n}}", Signed = false, Response = typeof(ScaleTicker))]
                public partial record Ticker{{n}}Request
                {
                    public required string InstId { get; init; }
                """,
            _ => $$"""
                [OkxEndpoint("POST", "/api/v5/scale/batch{{n}}", Response = typeof(ScaleAck))]
                public partial record Batch{{n}}Request
                {
                    [OkxBody]
                    public required IReadOnlyList<ScaleLeg> Items { get; init; }
                """,
        };

        return $$"""
            using System.Collections.Generic;
            using OkxGen;

            namespace Scale.Api;

            {{body}}

                public string Describe() => "{{description}} {{n}}";
            }
            """;
    }
}
