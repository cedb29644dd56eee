using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;
using OkxGen.Analyzers.Json;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX013: JSON written by hand (a string literal, verbatim or raw, or an interpolated template whose holes are taken
/// as opaque values) that reaches a signature with whitespace outside strings or keys out of ordinal order.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandWrittenJsonNotCanonicalAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The key of the diagnostic property set when the code fix can rewrite the text.</summary>
    public const string FixKey = "Fix";

    /// <summary>A constant literal: rewritten compact and sorted.</summary>
    public const string Canonicalize = "Canonicalize";

    /// <summary>An interpolated string: its whitespace outside strings removed (holes are not moved).</summary>
    public const string RemoveWhitespace = "RemoveWhitespace";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HandWrittenJsonNotCanonical);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (SignatureSinks.Create(start.Compilation) is not { } sinks)
            {
                return;
            }

            start.RegisterOperationAction(context => AnalyzeLiteral(context, sinks), OperationKind.Literal);
            start.RegisterOperationAction(context => AnalyzeInterpolation(context, sinks), OperationKind.InterpolatedString);
        });
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, SignatureSinks sinks)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.ConstantValue is not { HasValue: true, Value: string text } || literal.Parent is IInterpolatedStringTextOperation
            || !StartsLikeJson(text) || JsonTemplate.TryParse(text) is not { IsCanonical: false } template
            || sinks.FlowOf(literal).Find(literal, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is not { } hit)
        {
            return;
        }

        Report(context, literal.Syntax, template, Canonicalize, hit);
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, SignatureSinks sinks)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        string template = TextFlattener.ToTemplate(TextFlattener.Flatten(interpolated), JsonTemplate.Hole);
        if (!StartsLikeJson(template) || JsonTemplate.TryParse(template) is not { IsCanonical: false } json
            || sinks.FlowOf(interpolated).Find(interpolated, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is not { } hit)
        {
            return;
        }

        Report(context, interpolated.Syntax, json, json.HasWhitespaceOutsideStrings ? RemoveWhitespace : null, hit);
    }

    // Cheap test before parsing: most strings are not JSON.
    private static bool StartsLikeJson(string text)
    {
        foreach (char c in text)
        {
            if (c is not (' ' or '\t' or '\r' or '\n'))
            {
                return c is '{' or '[';
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode node, JsonTemplate json, string? fix, SignatureHit hit)
    {
        string problem = (json.HasWhitespaceOutsideStrings, json.HasUnsortedKeys) switch
        {
            (true, true) => "has whitespace outside strings and keys out of ordinal order",
            (true, false) => "has whitespace outside strings",
            _ => "has keys out of ordinal order",
        };
        ImmutableDictionary<string, string?> properties = fix is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(FixKey, fix);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HandWrittenJsonNotCanonical, node.GetLocation(), properties, problem, hit.Describe()));
    }
}
