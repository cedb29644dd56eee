using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

        IncrementalValuesProvider<EndpointSpec> webSocketOperations = valid
            .Where(static spec => spec.WebSocketOp is not null && spec.ClientMethod is not null)
            .WithTrackingName(TrackingNames.WebSocketOperations);

        context.RegisterSourceOutput(webSocketOperations, static (context, spec) => context.AddSource(Emitter.WebSocketOperationHintName(spec), Emitter.EmitWebSocketOperation(spec)));

        IncrementalValuesProvider<ChannelSpec> channels = InitializeChannels(context);

        // Several endpoints may share an enum, and several a response type (place, amend and cancel all answer
        // OrderAck): each is collected once, then emitted as one output of its own, so that an edit to one type
        // rewrites only that type's file.
        IncrementalValuesProvider<EnumTypeSpec> enumTypes = valid
            .SelectMany(static (spec, _) => spec.EnumTypes)
            .Collect()
            .Combine(channels.SelectMany(static (spec, _) => spec.EnumTypes).Collect())
            .SelectMany(static (specs, _) => UniqueByHintName(specs.Left.AddRange(specs.Right), static spec => spec.WireValues.HintName))
            .WithTrackingName(TrackingNames.EnumWireValues);

        context.RegisterSourceOutput(enumTypes, static (context, spec) => context.AddSource(spec.WireValues.HintName, Emitter.EmitEnumWireValues(spec)));

        IncrementalValuesProvider<ReadableObjectSpec> objectReaders = valid
            .SelectMany(static (spec, _) => spec.Response?.ObjectTypes ?? ImmutableEquatableArray<ReadableObjectSpec>.Empty)
            .Collect()
            .Combine(channels.SelectMany(static (spec, _) => spec.Push.ObjectTypes).Collect())
            .SelectMany(static (specs, _) => UniqueByHintName(specs.Left.AddRange(specs.Right), static spec => spec.Reader.HintName))
            .WithTrackingName(TrackingNames.ObjectReaders);

        context.RegisterSourceOutput(objectReaders, static (context, spec) => context.AddSource(spec.Reader.HintName, Emitter.EmitObjectReader(spec)));

        IncrementalValuesProvider<ReadableEnumSpec> enumReaders = valid
            .SelectMany(static (spec, _) => spec.Response?.EnumTypes ?? ImmutableEquatableArray<ReadableEnumSpec>.Empty)
            .Collect()
            .Combine(channels.SelectMany(static (spec, _) => spec.Push.EnumTypes).Collect())
            .SelectMany(static (specs, _) => UniqueByHintName(specs.Left.AddRange(specs.Right), static spec => spec.Reader.HintName))
            .WithTrackingName(TrackingNames.EnumReaders);

        context.RegisterSourceOutput(enumReaders, static (context, spec) => context.AddSource(spec.Reader.HintName, Emitter.EmitEnumReader(spec)));
    }

    // The first spec of each generated file, in the order the endpoints were found.
    private static ImmutableArray<T> UniqueByHintName<T>(ImmutableArray<T> specs, Func<T, string> hintName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<T>.Builder unique = ImmutableArray.CreateBuilder<T>(specs.Length);
        foreach (T spec in specs)
        {
            if (seen.Add(hintName(spec)))
            {
                unique.Add(spec);
            }
        }

        return unique.ToImmutable();
    }
}
