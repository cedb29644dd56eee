using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.ChannelDeclarationAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX030: an [OkxChannel] must name OKX's channel.</summary>
public sealed class EmptyChannelNameAnalyzerTests
{
    private const string Header = """
        using OkxGen.WebSockets;

        namespace Demo;

        public sealed record Ticker
        {
            public string? InstId { get; init; }
        }

        """;

    [Fact]
    public Task EmptyName_Reported() => Verifier.VerifyAsync(Header + """
        [OkxChannel({|#0:""|}, Push = typeof(Ticker))]
        public partial record TickersChannel
        {
            public required string InstId { get; init; }
        }
        """,
        Verifier.Diagnostic("OKX030").WithLocation(0).WithArguments("TickersChannel"));

    [Fact]
    public Task NamedChannel_NotReported() => Verifier.VerifyAsync(Header + """
        [OkxChannel("tickers", Push = typeof(Ticker))]
        public partial record TickersChannel
        {
            public required string InstId { get; init; }
        }
        """);
}
