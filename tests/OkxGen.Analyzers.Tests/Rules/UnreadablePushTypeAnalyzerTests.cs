using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.ChannelDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX031: an [OkxChannel]'s Push type must be one the generated reader can fill.</summary>
public sealed class UnreadablePushTypeAnalyzerTests
{
    private const string Header = """
        using System.Collections.Generic;
        using OkxGen.WebSockets;

        namespace Demo;

        """;

    [Fact]
    public Task MissingPush_ReportedOnTheType() => Verifier.VerifyAsync(Header + """
        [OkxChannel("tickers")]
        public partial record {|#0:TickersChannel|}
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX031").WithLocation(0).WithArguments("TickersChannel", "Push names no type; set Push = typeof(the type of one item of a push's data)"));

    [Fact]
    public Task CollectionPush_ReportedOnPushArgument() => Verifier.VerifyAsync(Header + """
        [OkxChannel("tickers", {|#0:Push = typeof(List<string>)|})]
        public partial record TickersChannel
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX031").WithLocation(0).WithArguments("System.Collections.Generic.List<string>", "'System.Collections.Generic.List<string>' cannot be read: it is not a class, record or struct of yours"));

    [Fact]
    public Task ReadablePush_NotReported() => Verifier.VerifyAsync(Header + """
        public sealed record Ticker
        {
            public string? InstId { get; init; }
            public decimal? Last { get; init; }
        }

        [OkxChannel("tickers", Push = typeof(Ticker))]
        public partial record TickersChannel
        {
            public required string InstId { get; init; }
        }
        """);
}
