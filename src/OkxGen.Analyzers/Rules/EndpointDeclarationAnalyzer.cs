using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxGen.SourceGeneration.Parsing;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// Reports why an <c>[OkxEndpoint]</c> declaration cannot be served (OKX001 to OKX004, OKX006 to OKX008, OKX020 to OKX022, OKX032, OKX033, OKX050). It runs the
/// generator's own parser, so a declaration the generator skips is exactly a declaration reported here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.EndpointTypeMustBePartial,
        DiagnosticDescriptors.InvalidEndpointMethod,
        DiagnosticDescriptors.InvalidEndpointPath,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.BinaryFloatingPointMember,
        DiagnosticDescriptors.DuplicateWireName,
        DiagnosticDescriptors.QueryMemberMustBeScalar,
        DiagnosticDescriptors.InvalidBodyMember,
        DiagnosticDescriptors.UnreadableResponseType,
        DiagnosticDescriptors.GeneratedMemberCollision,
        DiagnosticDescriptors.GenericEndpointType,
        DiagnosticDescriptors.NullableListElement,
        DiagnosticDescriptors.InvalidRateLimit,
        DiagnosticDescriptors.WebSocketOpOnGet,
        DiagnosticDescriptors.UnknownWebSocketOp);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? endpointAttribute = start.Compilation.GetTypeByMetadataName(EndpointParser.EndpointAttributeName);
            if (endpointAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(context => AnalyzeType(context, endpointAttribute), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol endpointAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, endpointAttribute))
            {
                continue;
            }

            EndpointParseResult result = EndpointParser.Parse(type, attribute, context.Compilation, context.CancellationToken);
            foreach (EndpointProblem problem in result.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(DescriptorFor(problem.Kind), problem.Location, [.. problem.Arguments]));
            }

            return;
        }
    }

    internal static DiagnosticDescriptor DescriptorFor(EndpointProblemKind kind) => kind switch
    {
        EndpointProblemKind.NotPartial => DiagnosticDescriptors.EndpointTypeMustBePartial,
        EndpointProblemKind.InvalidMethod => DiagnosticDescriptors.InvalidEndpointMethod,
        EndpointProblemKind.InvalidPath => DiagnosticDescriptors.InvalidEndpointPath,
        EndpointProblemKind.UnsupportedMemberType => DiagnosticDescriptors.UnsupportedMemberType,
        EndpointProblemKind.BinaryFloatingPointMember => DiagnosticDescriptors.BinaryFloatingPointMember,
        EndpointProblemKind.DuplicateWireName => DiagnosticDescriptors.DuplicateWireName,
        EndpointProblemKind.ComplexQueryMember => DiagnosticDescriptors.QueryMemberMustBeScalar,
        EndpointProblemKind.InvalidBodyMember => DiagnosticDescriptors.InvalidBodyMember,
        EndpointProblemKind.GeneratedMemberCollision => DiagnosticDescriptors.GeneratedMemberCollision,
        EndpointProblemKind.GenericEndpoint => DiagnosticDescriptors.GenericEndpointType,
        EndpointProblemKind.NullableListElement => DiagnosticDescriptors.NullableListElement,
        EndpointProblemKind.InvalidRateLimit => DiagnosticDescriptors.InvalidRateLimit,
        EndpointProblemKind.EmptyChannelName => DiagnosticDescriptors.EmptyChannelName,
        EndpointProblemKind.UnreadablePushType => DiagnosticDescriptors.UnreadablePushType,
        EndpointProblemKind.WebSocketOpOnGet => DiagnosticDescriptors.WebSocketOpOnGet,
        EndpointProblemKind.UnknownWebSocketOp => DiagnosticDescriptors.UnknownWebSocketOp,
        _ => DiagnosticDescriptors.UnreadableResponseType,
    };
}
