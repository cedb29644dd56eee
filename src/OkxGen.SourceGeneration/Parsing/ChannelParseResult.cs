using System.Collections.Immutable;
using OkxGen.SourceGeneration.Model;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>What the parser found for an <c>[OkxChannel]</c>: a spec when the generator can serve it, problems otherwise.</summary>
/// <remarks>Holds locations, so it never crosses an incremental pipeline step; the generator keeps only <see cref="Spec"/>.</remarks>
internal sealed class ChannelParseResult
{
    public ChannelParseResult(ChannelSpec? spec, ImmutableArray<EndpointProblem> problems)
    {
        Spec = spec;
        Problems = problems;
    }

    public ChannelSpec? Spec { get; }

    public ImmutableArray<EndpointProblem> Problems { get; }
}
