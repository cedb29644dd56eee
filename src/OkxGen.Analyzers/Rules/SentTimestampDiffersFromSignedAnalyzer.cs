using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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

            // The blocks judged: a block is judged whole, once, from the first clock read in it.
            var judged = new ConcurrentDictionary<SyntaxNode, bool>();
            start.RegisterOperationAction(
                context =>
                {
                    var property = (IPropertyReferenceOperation)context.Operation;
                    if (!ReadsClock(property, sinks, clockReads, context.CancellationToken))
                    {
                        return;
                    }

                    SignatureFlow flow = sinks.FlowOf(property);
                    if (judged.TryAdd(flow.OperationBlocks[0].Syntax, true))
                    {
                        Analyze(context, sinks, flow, clockReads);
                    }
                },
                OperationKind.PropertyReference);
        });
    }

    private static bool ReadsClock(IPropertyReferenceOperation read, SignatureSinks sinks, ConcurrentDictionary<IPropertySymbol, bool> clockReads, CancellationToken cancellationToken) =>
        clockReads.GetOrAdd(read.Property.OriginalDefinition, property => ReadsClock(property, sinks, depth: 0, cancellationToken));

    private static void Analyze(OperationAnalysisContext context, SignatureSinks sinks, SignatureFlow flow, ConcurrentDictionary<IPropertySymbol, bool> clockReads)
    {
        var reads = new List<IPropertyReferenceOperation>();
        foreach (IOperation block in flow.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IPropertyReferenceOperation property && ReadsClock(property, sinks, clockReads, context.CancellationToken))
                {
                    reads.Add(property);
                }
            }
        }

        if (reads.Count < 2)
        {
            return;
        }

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
    private static bool ReadsClock(IPropertySymbol property, SignatureSinks sinks, int depth, CancellationToken cancellationToken)
    {
        if (property.IsStatic && property.Name is "UtcNow" or "Now" && TypeFacts.IsDate(property.ContainingType))
        {
            return true;
        }

        if (depth > 2 || property.GetMethod is not { } getter || sinks.Index.BodyOf(getter, cancellationToken) is not { } body)
        {
            return false;
        }

        foreach (IOperation operation in body.Descendants())
        {
            if (operation is IPropertyReferenceOperation inner && ReadsClock(inner.Property, sinks, depth + 1, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
