using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Parsing;

namespace OkxGen.Generator;

/// <summary>
/// Writes, for every <c>[OkxEndpoint]</c> partial type, the serializer that can only produce OKX's canonical form:
/// sorted compact JSON for a <c>POST</c>, a sorted percent-encoded query string for a <c>GET</c>.
/// </summary>
/// <remarks>
/// Declarations it cannot serve are skipped; OkxGen.Analyzers runs the same parser and reports why.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class OkxEndpointGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<EndpointSpec?> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                EndpointParser.EndpointAttributeName,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                transform: static (context, cancellationToken) => EndpointParser.Parse(
                    (INamedTypeSymbol)context.TargetSymbol,
                    context.Attributes[0],
                    context.SemanticModel.Compilation,
                    cancellationToken).Spec)
            .WithTrackingName(TrackingNames.ParsedEndpoints);

        IncrementalValuesProvider<EndpointSpec> valid = parsed
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.ValidEndpoints);

        context.RegisterSourceOutput(valid, static (context, spec) => context.AddSource(spec.Declaration.HintName, Emitter.Emit(spec)));

        // Several endpoints may share a response type (place, amend and cancel all answer OrderAck): one reader each.
        IncrementalValueProvider<ImmutableArray<ResponseSpec>> responses = valid
            .Where(static spec => spec.Response is not null)
            .Select(static (spec, _) => spec.Response!)
            .WithTrackingName(TrackingNames.Responses)
            .Collect();

        context.RegisterSourceOutput(responses, static (context, responses) =>
        {
            var emitted = new HashSet<string>(StringComparer.Ordinal);
            foreach (ResponseSpec response in responses)
            {
                foreach (ReadableObjectSpec objectType in response.ObjectTypes.Where(o => emitted.Add(o.Reader.HintName)))
                {
                    context.AddSource(objectType.Reader.HintName, Emitter.EmitObjectReader(objectType));
                }

                foreach (ReadableEnumSpec enumType in response.EnumTypes.Where(e => emitted.Add(e.Reader.HintName)))
                {
                    context.AddSource(enumType.Reader.HintName, Emitter.EmitEnumReader(enumType));
                }
            }
        });
    }
}
