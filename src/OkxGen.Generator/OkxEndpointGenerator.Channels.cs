using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Parsing;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    // [OkxChannel] types, parsed by the endpoint parser: the argument is written by the canonical writer, the push
    // type read by the response reader generator (its readers join the endpoints' in one collection).
    private static IncrementalValuesProvider<ChannelSpec> InitializeChannels(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ChannelSpec?> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                EndpointParser.ChannelAttributeName,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                transform: static (context, cancellationToken) => EndpointParser.ParseChannel(
                    (INamedTypeSymbol)context.TargetSymbol,
                    context.Attributes[0],
                    context.SemanticModel.Compilation,
                    cancellationToken).Spec)
            .WithTrackingName(TrackingNames.ParsedChannels);

        IncrementalValuesProvider<ChannelSpec> valid = parsed
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.ValidChannels);

        context.RegisterSourceOutput(valid, static (context, spec) => context.AddSource(Emitter.ChannelHintName(spec), Emitter.EmitChannel(spec)));
        return valid;
    }
}
