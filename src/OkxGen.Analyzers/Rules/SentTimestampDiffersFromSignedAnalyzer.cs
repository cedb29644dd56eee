using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    // How many getters deep a read of a property is followed to a clock.
    private const int MaxGetterDepth = 2;

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

            var clockReads = new ClockReads(sinks);

            // A block is judged whole, once, at its first clock read; each diagnostic is then reported from the callback of
            // the read it is on, so that it stays local (a plain operation action that reports away from its operation
            // makes a non-local diagnostic, which an IDE shows only in full solution analysis).
            var judged = new ConditionalWeakTable<SignatureFlow, Dictionary<IOperation, Diagnostic>>();
            start.RegisterOperationAction(
                context =>
                {
                    var property = (IPropertyReferenceOperation)context.Operation;
                    CancellationToken cancellationToken = context.CancellationToken;
                    if (clockReads.Reads(property, cancellationToken)
                        && judged.GetValue(sinks.FlowOf(property), flow => Judge(flow, sinks, clockReads, cancellationToken))
                            .TryGetValue(property, out Diagnostic? diagnostic))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                },
                OperationKind.PropertyReference);
        });
    }

    // The diagnostics of a block, by the clock read each is on.
    private static Dictionary<IOperation, Diagnostic> Judge(
        SignatureFlow flow, SignatureSinks sinks, ClockReads clockReads, CancellationToken cancellationToken)
    {
        var diagnostics = new Dictionary<IOperation, Diagnostic>();
        var reads = new List<IPropertyReferenceOperation>();
        foreach (IOperation block in flow.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IPropertyReferenceOperation property && clockReads.Reads(property, cancellationToken))
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

    // The names of the source properties whose getter can read a clock, up to the depth ReadsClock follows: those whose
    // declaration spells UtcNow or Now, then those that spell one of these, and so on. A search of the source text, so
    // that the getters of the compilation's other properties are never bound.
    private static HashSet<string> ClockPropertyNames(CompilationIndex index, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var spelled = new List<string> { "UtcNow", "Now" };
        for (int depth = 0; depth <= MaxGetterDepth && spelled.Count > 0; depth++)
        {
            var found = new List<string>();
            foreach (string name in spelled)
            {
                foreach (SyntaxToken identifier in index.IdentifiersNamed(name, cancellationToken))
                {
                    string? property = identifier.Parent?.FirstAncestorOrSelf<MemberDeclarationSyntax>() switch
                    {
                        PropertyDeclarationSyntax declaration => declaration.Identifier.ValueText,
                        IndexerDeclarationSyntax => WellKnownMemberNames.Indexer,
                        _ => null,
                    };
                    if (property is not null && names.Add(property))
                    {
                        found.Add(property);
                    }
                }
            }

            spelled = found;
        }

        return names;
    }

    private static bool IsClock(IPropertySymbol property) =>
        property.IsStatic && property.Name is "UtcNow" or "Now" && TypeFacts.IsDate(property.ContainingType);

    // DateTime.UtcNow / Now, DateTimeOffset.UtcNow / Now, or a source property whose getter reads one.
    private static bool ReadsClock(IPropertySymbol property, SignatureSinks sinks, int depth, CancellationToken cancellationToken)
    {
        if (IsClock(property))
        {
            return true;
        }

        if (depth > MaxGetterDepth || property.GetMethod is not { } getter || sinks.Index.BodyOf(getter, cancellationToken) is not { } body)
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

    // Whether a read is of a clock, once per property: a getter is not walked again at each read of it, and only the
    // properties whose name can lead to a clock (ClockPropertyNames) have their getter bound at all.
    private sealed class ClockReads(SignatureSinks sinks)
    {
        private readonly ConcurrentDictionary<IPropertySymbol, bool> _known = new(SymbolEqualityComparer.Default);
        private HashSet<string>? _names;

        public bool Reads(IPropertyReferenceOperation read, CancellationToken cancellationToken)
        {
            IPropertySymbol property = read.Property;
            if (IsClock(property))
            {
                return true;
            }

            HashSet<string> names = Volatile.Read(ref _names)
                ?? Interlocked.CompareExchange(ref _names, ClockPropertyNames(sinks.Index, cancellationToken), null)
                ?? _names;
            return names.Contains(property.Name)
                && _known.GetOrAdd(property.OriginalDefinition, symbol => ReadsClock((IPropertySymbol)symbol, sinks, depth: 0, cancellationToken));
        }
    }
}
