using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Flow;

/// <summary>
/// Decides, within one operation block (a method, accessor, lambda or local function body with what it contains),
/// whether a value ends up in a <see cref="SignatureSinks">signature sink</see>.
/// </summary>
/// <remarks>
/// <para>
/// Create one per operation block in <c>RegisterOperationBlockStartAction</c> and ask it from the operation actions
/// registered there; it indexes the block's local references the first time it needs them, once, thread-safely.
/// </para>
/// <para>
/// The walk goes forward from the value, step by step, and is deliberately conservative: it follows only steps that
/// keep the text of the value in the result. A value reaches a sink when it is passed to the sink directly or after:
/// <list type="bullet">
/// <item>an implicit or explicit conversion, <c>?:</c> (either branch), <c>??</c>;</item>
/// <item>a local: its initializer or an assignment (<c>=</c>, <c>+=</c>), then every read of the local (flow-insensitive:
/// a read before a later assignment counts too);</item>
/// <item>string <c>+</c>, an interpolation hole (also with interpolated string handlers: <c>string.Create</c>,
/// <c>StringBuilder.Append($"...")</c>), <c>string.Concat</c>, <c>string.Format</c>, <c>string.Join</c>,
/// <c>FormattableString.Invariant</c>, <c>string.Create</c>, an array element passed to these;</item>
/// <item><c>Encoding.*.GetBytes</c> and <c>GetString</c>, <c>AsSpan</c>, <c>ToArray</c>, <c>GetBuffer</c>,
/// <c>WrittenSpan</c>, <c>WrittenMemory</c>, <c>Span</c> (so the output of a <c>MemoryStream</c> or
/// <c>ArrayBufferWriter&lt;byte&gt;</c> local can be followed from the local);</item>
/// <item><c>StringBuilder</c>: <c>Append*</c>, <c>Insert</c>, <c>new StringBuilder(value)</c>, through the builder local
/// or the fluent chain, then <c>ToString()</c>;</item>
/// <item>towards an <c>OK-ACCESS-SIGN</c> header only: any other method call whose result reaches that header (the
/// signing helper of the code in the wild, <c>Sign(prehash, secret)</c>).</item>
/// </list>
/// It does not follow fields, properties, parameters, <c>ref</c>/<c>out</c>, returns, collections other than arrays,
/// or calls into other methods (no interprocedural analysis): a value that leaves the block is taken not to reach.
/// </para>
/// </remarks>
internal sealed class SignatureFlow
{
    // Each step pushes at most a few operations; a block with more than this many is not worth the walk.
    private const int MaxSteps = 2048;

    private readonly SignatureSinks _sinks;
    private readonly ImmutableArray<IOperation> _blocks;
    private Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>? _localReads;
    private Dictionary<ILocalSymbol, IOperation?>? _singleValues;

    /// <summary>Creates the walk for one operation block.</summary>
    /// <param name="sinks">The compilation's sinks, see <see cref="SignatureSinks.Create"/>.</param>
    /// <param name="operationBlocks">The block's operations: <c>OperationBlockStartAnalysisContext.OperationBlocks</c>.</param>
    public SignatureFlow(SignatureSinks sinks, ImmutableArray<IOperation> operationBlocks)
    {
        _sinks = sinks;
        _blocks = operationBlocks;
    }

    /// <summary>Whether <paramref name="value"/> reaches a sink of one of <paramref name="kinds"/> within the block.</summary>
    /// <param name="value">An operation of the block whose result is the value: an invocation, a literal, an interpolated string...</param>
    /// <param name="kinds">The sinks that matter, usually <see cref="SignatureSinkKind.AnySignature"/>.</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    public bool Reaches(IOperation value, SignatureSinkKind kinds, CancellationToken cancellationToken = default)
    {
        var pending = new Stack<(IOperation Operation, bool ThroughCall)>();
        var seen = new HashSet<IOperation>();
        var seenLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        pending.Push((value, false));
        int steps = 0;
        while (pending.Count > 0 && steps++ < MaxSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (IOperation current, bool throughCall) = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            // After an unknown call only the OK-ACCESS-SIGN header still counts: what else such a call returns is unknown.
            SignatureSinkKind wanted = throughCall ? kinds & SignatureSinkKind.SignHeader : kinds;
            if (wanted == SignatureSinkKind.None)
            {
                continue;
            }

            List<IOperation> nextOperations = Step(current, wanted, seenLocals, out bool reached, out bool intoCall);
            if (reached)
            {
                return true;
            }

            foreach (IOperation next in nextOperations)
            {
                pending.Push((next, throughCall || intoCall));
            }
        }

        return false;
    }

    /// <summary>The reads of <paramref name="local"/> in the block (not the writes), for rules that follow a value such as an options object.</summary>
    public IReadOnlyList<ILocalReferenceOperation> ReadsOf(ILocalSymbol local)
    {
        Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> reads = LazyInitializer.EnsureInitialized(ref _localReads, IndexLocalReads)!;
        return reads.TryGetValue(local, out List<ILocalReferenceOperation>? list) ? list : [];
    }

    /// <summary>
    /// The value of a local written exactly once, by its declaration; <see langword="null"/> for a local assigned again,
    /// passed by <c>ref</c>/<c>out</c>, or never initialized. Rules use it to see through <c>var options = new ...</c>.
    /// </summary>
    public IOperation? SingleValueOf(ILocalSymbol local)
    {
        Dictionary<ILocalSymbol, IOperation?> values = LazyInitializer.EnsureInitialized(ref _singleValues, IndexSingleValues)!;
        return values.TryGetValue(local, out IOperation? value) ? value : null;
    }

    /// <summary>The operations of the block: a rule that looks for writes (<c>options.WriteIndented = true</c>) walks them.</summary>
    public ImmutableArray<IOperation> OperationBlocks => _blocks;

    private List<IOperation> Step(IOperation current, SignatureSinkKind wanted, HashSet<ILocalSymbol> seenLocals, out bool reached, out bool intoCall)
    {
        reached = false;
        intoCall = false;
        var next = new List<IOperation>(2);
        IOperation? parent = current.Parent;
        switch (parent)
        {
            case IConversionOperation conversion when conversion.OperatorMethod is null || IsSpanConversion(conversion.OperatorMethod):
            case ICoalesceOperation:
            case IInterpolatedStringHandlerCreationOperation:
            case IArrayCreationOperation:
            case IArrayInitializerOperation:
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                next.Add(parent);
                break;

            case IConditionalOperation { Type: not null } conditional when conditional.Condition != current:
                next.Add(parent);
                break;

            case IInterpolationOperation { Parent: IInterpolatedStringOperation interpolated } interpolation when interpolation.Expression == current:
                next.Add(interpolated);
                break;

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                FollowLocal(declarator.Symbol, seenLocals, next);
                break;

            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                if (assignment.Target is ILocalReferenceOperation target)
                {
                    FollowLocal(target.Local, seenLocals, next);
                }
                else
                {
                    reached = (SignatureSinks.Classify(assignment) & wanted) != 0;
                }

                break;

            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation appended, OperatorKind: BinaryOperatorKind.Add } compound
                when compound.Value == current:
                FollowLocal(appended.Local, seenLocals, next);
                break;

            case IArgumentOperation argument:
                reached = (_sinks.Classify(argument) & wanted) != 0;
                if (!reached)
                {
                    StepFromArgument(argument, seenLocals, next, out intoCall);
                }

                break;

            case IInvocationOperation invocation when invocation.Instance == current:
                StepFromReceiver(invocation, next);
                break;

            case IPropertyReferenceOperation { Property.Name: "WrittenSpan" or "WrittenMemory" or "Span" } property when property.Instance == current:
                next.Add(property);
                break;
        }

        return next;
    }

    private void StepFromArgument(IArgumentOperation argument, HashSet<ILocalSymbol> seenLocals, List<IOperation> next, out bool intoCall)
    {
        intoCall = false;
        switch (argument.Parent)
        {
            case IInvocationOperation { Parent: IInterpolatedStringAppendOperation { Parent: IInterpolatedStringOperation interpolated } }:
                // A hole of an interpolated string converted to a handler: $"...{value}..." passed to string.Create or Append.
                next.Add(interpolated);
                break;

            case IInvocationOperation invocation when KeepsArgumentText(invocation.TargetMethod):
                next.Add(invocation);
                if (IsStringBuilder(invocation.TargetMethod.ContainingType) && RootReceiver(invocation) is ILocalReferenceOperation builder)
                {
                    // sb.Append(value); ... sb.ToString(): the text is in the builder, whichever read of it follows.
                    FollowLocal(builder.Local, seenLocals, next);
                }

                break;

            case IInvocationOperation invocation when !invocation.TargetMethod.ReturnsVoid:
                next.Add(invocation);
                intoCall = true;
                break;

            case IObjectCreationOperation creation when IsStringBuilder(creation.Type):
                next.Add(creation);
                break;
        }
    }

    private static void StepFromReceiver(IInvocationOperation invocation, List<IOperation> next)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is "ToString" or "ToArray" or "GetBuffer" or "AsSpan" or "AsMemory"
            || (IsStringBuilder(method.ContainingType) && IsBuilderAppend(method.Name)))
        {
            next.Add(invocation);
        }
    }

    // The builder at the start of a fluent chain: sb in sb.Append(a).Append(b).
    private static IOperation? RootReceiver(IInvocationOperation invocation)
    {
        IOperation? receiver = invocation.Instance;
        while (receiver is IInvocationOperation { Instance: { } inner })
        {
            receiver = inner;
        }

        return receiver;
    }

    private void FollowLocal(ILocalSymbol local, HashSet<ILocalSymbol> seenLocals, List<IOperation> next)
    {
        if (seenLocals.Add(local))
        {
            next.AddRange(ReadsOf(local));
        }
    }

    private static bool KeepsArgumentText(IMethodSymbol method)
    {
        INamedTypeSymbol? type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return method.IsStatic && method.Name is "Concat" or "Format" or "Join" or "Create";
        }

        if (IsStringBuilder(type))
        {
            return IsBuilderAppend(method.Name);
        }

        if (TypeFacts.Is(type, "FormattableString", "System"))
        {
            return method.Name is "Invariant" or "CurrentCulture";
        }

        if (TypeFacts.Is(type, "MemoryExtensions", "System"))
        {
            return method.Name is "AsSpan" or "AsMemory";
        }

        return method.Name is "GetBytes" or "GetString" && !method.IsStatic && DerivesFromEncoding(type) && !method.ReturnsVoid
            && (method.ReturnType.SpecialType == SpecialType.System_String || method.ReturnType is IArrayTypeSymbol);
    }

    // byte[] to ReadOnlySpan<byte>: a user-defined conversion that keeps every byte.
    private static bool IsSpanConversion(IMethodSymbol conversion) =>
        conversion.ContainingType is { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" } type
        && type.ContainingNamespace?.ToDisplayString() == "System";

    private static bool IsBuilderAppend(string name) => name is "Append" or "AppendLine" or "AppendFormat" or "AppendJoin" or "Insert";

    private static bool IsStringBuilder(ITypeSymbol? type) => type is not null && TypeFacts.Is(type, "StringBuilder", "System.Text");

    private static bool DerivesFromEncoding(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (TypeFacts.Is(current, "Encoding", "System.Text"))
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> IndexLocalReads()
    {
        var reads = new Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>(SymbolEqualityComparer.Default);
        foreach (IOperation block in _blocks)
        {
            foreach (IOperation operation in block.DescendantsAndSelf())
            {
                if (operation is not ILocalReferenceOperation { IsDeclaration: false } reference || IsWrite(reference))
                {
                    continue;
                }

                if (!reads.TryGetValue(reference.Local, out List<ILocalReferenceOperation>? list))
                {
                    list = [];
                    reads.Add(reference.Local, list);
                }

                list.Add(reference);
            }
        }

        return reads;
    }

    private static bool IsWrite(ILocalReferenceOperation reference) => reference.Parent switch
    {
        ISimpleAssignmentOperation assignment => assignment.Target == reference,
        ICompoundAssignmentOperation compound => compound.Target == reference,
        IDeconstructionAssignmentOperation => true,
        _ => false,
    };

    private Dictionary<ILocalSymbol, IOperation?> IndexSingleValues()
    {
        var values = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        foreach (IOperation block in _blocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator:
                        values[declarator.Symbol] = values.ContainsKey(declarator.Symbol) ? null : declarator.GetVariableInitializer()?.Value;
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation assigned }:
                        values[assigned.Local] = null;
                        break;
                    case ICompoundAssignmentOperation { Target: ILocalReferenceOperation updated }:
                        values[updated.Local] = null;
                        break;
                    case IArgumentOperation { Value: ILocalReferenceOperation passed, Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                        values[passed.Local] = null;
                        break;
                }
            }
        }

        return values;
    }
}
