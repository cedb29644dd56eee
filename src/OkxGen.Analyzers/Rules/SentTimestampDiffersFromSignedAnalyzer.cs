using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

            // A block is judged whole, once, at its first clock read; each diagnostic is then reported from the callback of
            // the read it is on, so that it stays local (a plain operation action that reports away from its operation
            // makes a non-local diagnostic, which an IDE shows only in full solution analysis).
            var judged = new ConditionalWeakTable<SignatureFlow, Dictionary<IOperation, Diagnostic>>();
            start.RegisterOperationAction(
                context =>
                {
                    var property = (IPropertyReferenceOperation)context.Operation;
                    CancellationToken cancellationToken = context.CancellationToken;
                    if (ReadsClock(property, sinks, clockReads, cancellationToken)
                        && judged.GetValue(sinks.FlowOf(property), flow => Judge(flow, sinks, clockReads, cancellationToken))
                            .TryGetValue(property, out Diagnostic? diagnostic))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                },
                OperationKind.PropertyReference);
        });
    }

    private static bool ReadsClock(IPropertyReferenceOperation read, SignatureSinks sinks, ConcurrentDictionary<IPropertySymbol, bool> clockReads, CancellationToken cancellationToken) =>
        clockReads.GetOrAdd(read.Property.OriginalDefinition, property => ReadsClock(property, sinks, depth: 0, cancellationToken));

    // The diagnostics of a block, by the clock read each is on.
    private static Dictionary<IOperation, Diagnostic> Judge(
        SignatureFlow flow, SignatureSinks sinks, ConcurrentDictionary<IPropertySymbol, bool> clockReads, CancellationToken cancellationToken)
    {
        var diagnostics = new Dictionary<IOperation, Diagnostic>();
        var reads = new List<IPropertyReferenceOperation>();
        foreach (IOperation block in flow.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IPropertyReferenceOperation property && ReadsClock(property, sinks, clockReads, cancellationToken))
                {
                    reads.Add(property);
                }
            }
        }

        if (reads.Count < 2)
        {
            return diagnostics;
        }

        (IPropertyReferenceOperation Read, SignatureHit Hit)? sent = null;
        var signed = new List<(IPropertyReferenceOperation Read, SignatureHit Hit)>();
        foreach (IPropertyReferenceOperation read in reads)
        {
            SignatureHit? header = flow.Find(read, SignatureSinkKind.TimestampHeader, okxOnly: false, cancellationToken);
            SignatureHit? signature = flow.Find(read, SignatureSinkKind.AnySignature, okxOnly: false, cancellationToken);
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
            return diagnostics;
        }

        int line = first.Read.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        foreach ((IPropertyReferenceOperation read, SignatureHit hit) in signed)
        {
            diagnostics[read] = Diagnostic.Create(
                DiagnosticDescriptors.SentTimestampDiffersFromSigned,
                read.Syntax.GetLocation(),
                read.Syntax.ToString(),
                hit.Describe(),
                line,
                first.Hit.Describe());
        }

        return diagnostics;
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
