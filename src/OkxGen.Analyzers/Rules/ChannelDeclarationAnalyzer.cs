using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxGen.SourceGeneration.Parsing;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// Reports why an <c>[OkxChannel]</c> declaration cannot be served (OKX030, OKX031, and the member rules it shares with
/// endpoints). It runs the generator's own parser, so a channel the generator skips is exactly a channel reported here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ChannelDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.EmptyChannelName,
        DiagnosticDescriptors.UnreadablePushType,
        DiagnosticDescriptors.EndpointTypeMustBePartial,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.BinaryFloatingPointMember,
        DiagnosticDescriptors.DuplicateWireName,
        DiagnosticDescriptors.InvalidBodyMember,
        DiagnosticDescriptors.GenericEndpointType,
        DiagnosticDescriptors.NullableListElement);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? channelAttribute = start.Compilation.GetTypeByMetadataName(EndpointParser.ChannelAttributeName);
            if (channelAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(context => AnalyzeType(context, channelAttribute), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol channelAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, channelAttribute))
            {
                continue;
            }

            ChannelParseResult result = EndpointParser.ParseChannel(type, attribute, context.Compilation, context.CancellationToken);
            foreach (EndpointProblem problem in result.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(EndpointDeclarationAnalyzer.DescriptorFor(problem.Kind), problem.Location, [.. problem.Arguments]));
            }

            return;
        }
    }
}
