using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using OkxGen.Analyzers.Internals;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX012: a serialization whose result reaches a signature and whose keys are not in ordinal order: a reflection-serialized
/// anonymous object or class whose members (named as the serializer names them) are out of order, a <c>Dictionary</c>,
/// <c>ExpandoObject</c>, <c>JObject</c> or <c>JsonObject</c> filled in an unsorted order, a <c>Hashtable</c>, or a
/// <c>SortedDictionary</c> / <c>SortedList</c> whose comparer is not <c>StringComparer.Ordinal</c>.
/// </summary>
/// <remarks>
/// Conservative: serializer settings it cannot read, a key that is not a constant, a dictionary handed to user code,
/// attributes that reorder members and types declared in several parts or with a base class all make it stay silent.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class UnsortedKeysAreSignedAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 6;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnsortedKeysAreSigned, DiagnosticDescriptors.CultureSortedKeysAreSigned);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (SignatureSinks.Create(start.Compilation) is not { } sinks || SerializationSymbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var walk = new BlockWalk(new SignatureFlow(sinks, block.OperationBlocks), symbols);
                block.RegisterOperationAction(context => AnalyzeInvocation(context, walk), OperationKind.Invocation);
            });
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, BlockWalk walk)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (walk.SerializedValue(invocation) is not ({ } value, { } naming)
            || walk.Flow.Find(invocation, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is not { } hit
            || walk.Examine(value, naming, 0) is not { } finding
            || !walk.Reported.TryAdd(finding.Node))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, finding.Node.GetLocation(), finding.What, finding.Order, hit.Describe()));
    }

    /// <summary>What is wrong and where: the container's creation (or the serialized value), and the two message arguments.</summary>
    private sealed record Finding(SyntaxNode Node, DiagnosticDescriptor Descriptor, string What, string Order);

    /// <summary>How the serializer names keys. <see langword="null"/> where it is not known.</summary>
    private sealed record Naming(bool Newtonsoft, bool CamelCase, bool DictionaryKeysAsWritten);

    private enum ContainerKind
    {
        None,
        InsertionOrdered,
        Hashtable,
        Sorted,
    }

    // The first adjacent pair of keys out of canonical (code-point) order.
    private static (string, string)? FirstUnsortedPair(List<string> keys)
    {
        for (int i = 1; i < keys.Count; i++)
        {
            if (WireNameComparer.Instance.Compare(keys[i - 1], keys[i]) > 0)
            {
                return (keys[i - 1], keys[i]);
            }
        }

        return null;
    }

    private static bool Implements(INamedTypeSymbol type, string interfaceName)
    {
        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented.Name == interfaceName)
            {
                return true;
            }
        }

        return false;
    }
}
