using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX040: in one method, one read of a clock (<c>DateTime.UtcNow</c>, <c>DateTimeOffset.UtcNow</c>, or a property of the
/// compilation whose getter reads one) goes to the <c>OK-ACCESS-TIMESTAMP</c> header and another read is signed. A general
/// rule: true of any signed API that sends its timestamp apart from the signature.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SentTimestampDiffersFromSignedAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SentTimestampDiffersFromSigned);

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

            // Whether a property reads a clock, once per property: a getter is not walked again at each read of it.
            var clockReads = new ConcurrentDictionary<IPropertySymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationBlockAction(block => Analyze(block, sinks, clockReads));
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, SignatureSinks sinks, ConcurrentDictionary<IPropertySymbol, bool> clockReads)
    {
        var reads = new List<IPropertyReferenceOperation>();
        foreach (IOperation block in context.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IPropertyReferenceOperation property
                    && clockReads.GetOrAdd(property.Property.OriginalDefinition, read => ReadsClock(read, sinks, context, depth: 0)))
                {
                    reads.Add(property);
                }
            }
        }

        if (reads.Count < 2)
        {
            return;
        }

        var flow = new SignatureFlow(sinks, context.OperationBlocks);
        (IPropertyReferenceOperation Read, SignatureHit Hit)? sent = null;
        var signed = new List<(IPropertyReferenceOperation Read, SignatureHit Hit)>();
        foreach (IPropertyReferenceOperation read in reads)
        {
            SignatureHit? header = flow.Find(read, SignatureSinkKind.TimestampHeader, okxOnly: false, context.CancellationToken);
            SignatureHit? signature = flow.Find(read, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken);
            if (header is not null && signature is null)
            {
                sent ??= (read, header);
            }
            else if (signature is not null && header is null)
            {
                signed.Add((read, signature));
            }
        }

        if (sent is not { } first)
        {
            return;
        }

        int line = first.Read.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        foreach ((IPropertyReferenceOperation read, SignatureHit hit) in signed)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SentTimestampDiffersFromSigned,
                read.Syntax.GetLocation(),
                read.Syntax.ToString(),
                hit.Describe(),
                line,
                first.Hit.Describe()));
        }
    }

    // DateTime.UtcNow / Now, DateTimeOffset.UtcNow / Now, or a source property whose getter reads one.
    private static bool ReadsClock(IPropertySymbol property, SignatureSinks sinks, OperationBlockAnalysisContext context, int depth)
    {
        if (property.IsStatic && property.Name is "UtcNow" or "Now" && TypeFacts.IsDate(property.ContainingType))
        {
            return true;
        }

        if (depth > 2 || property.GetMethod is not { } getter || sinks.Index.BodyOf(getter, context.CancellationToken) is not { } body)
        {
            return false;
        }

        foreach (IOperation operation in body.Descendants())
        {
            if (operation is IPropertyReferenceOperation inner && ReadsClock(inner.Property, sinks, context, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
