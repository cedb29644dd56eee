using System.Collections.Immutable;
using OkxGen.SourceGeneration.Model;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>What the parser found: a spec when the generator can serve the declaration, problems otherwise.</summary>
/// <remarks>Holds locations, so it never crosses an incremental pipeline step; the generator keeps only <see cref="Spec"/>.</remarks>
internal sealed class EndpointParseResult
{
    public EndpointParseResult(EndpointSpec? spec, ImmutableArray<EndpointProblem> problems)
    {
        Spec = spec;
        Problems = problems;
    }

    public EndpointSpec? Spec { get; }

    public ImmutableArray<EndpointProblem> Problems { get; }
}
