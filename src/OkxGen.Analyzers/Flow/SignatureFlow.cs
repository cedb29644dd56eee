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
/// A rule whose diagnostic is on the operation it starts from registers a plain operation action and asks
/// <see cref="SignatureSinks.FlowOf"/> for the walk of that operation's block (one per block and compilation, shared by
/// every rule). A rule that reports elsewhere in the block (the options' <c>WriteIndented</c>, the signed path) creates one
/// per block in <c>RegisterOperationBlockStartAction</c>: Roslyn counts a diagnostic that a plain operation action reports
/// outside its operation as non-local (docs/benchmarks.md). The walk indexes the block's local references the first time
/// it needs them, once, thread-safely.
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
/// Across methods of the compilation (at most <see cref="MaxCalls"/> deep, with <see cref="CompilationIndex"/> caching
/// bodies and uses per compilation) it follows: an argument of a source method to the reads of its parameter; a
/// <c>return</c> (also of a property getter) to every use of the method or property; an assignment to an <c>out</c> or
/// <c>ref</c> parameter to the caller's local; an assignment to a field or property to its reads; a virtual, abstract or
/// interface call into the overrides and implementations of the compilation, and their returns back to the calls of the
/// base or interface member; a lambda declared into a local, into its parameters and from its return to the local's
/// calls. It does not follow collections other than arrays, or lambdas passed to methods (LINQ, <c>Task.Run</c>).
/// </para>
/// </remarks>
internal sealed class SignatureFlow
{
    // Each step pushes at most a few operations; a block with more than this many is not worth the walk.
    private const int MaxSteps = 2048;

    /// <summary>How many method boundaries a walk crosses at most.</summary>
    public const int MaxCalls = 4;

    private readonly SignatureSinks _sinks;
    private readonly ImmutableArray<IOperation> _blocks;
    private Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>? _localReads;
    private Dictionary<ILocalSymbol, IOperation?>? _singleValues;

    /// <summary>Creates the walk for one operation block.</summary>
    /// <param name="sinks">The compilation's sinks, see <see cref="SignatureSinks.Create"/>.</param>
    /// <param name="operationBlocks">The block's operations: <c>OperationBlockStartAnalysisContext.OperationBlocks</c>, or the root of its operation tree.</param>
    public SignatureFlow(SignatureSinks sinks, ImmutableArray<IOperation> operationBlocks)
    {
        _sinks = sinks;
        _blocks = operationBlocks;
    }

    /// <summary>Whether <paramref name="value"/> reaches a sink of one of <paramref name="kinds"/>, OKX's or not.</summary>
    /// <param name="value">An operation of the block whose result is the value: an invocation, a literal, an interpolated string...</param>
    /// <param name="kinds">The sinks that matter, usually <see cref="SignatureSinkKind.AnySignature"/>.</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    public bool Reaches(IOperation value, SignatureSinkKind kinds, CancellationToken cancellationToken = default) =>
        Find(value, kinds, okxOnly: false, cancellationToken) is not null;

    /// <summary>The first sink of one of <paramref name="kinds"/> that <paramref name="value"/> reaches; with <paramref name="okxOnly"/>, the first OKX signature.</summary>
    public SignatureHit? Find(IOperation value, SignatureSinkKind kinds, bool okxOnly, CancellationToken cancellationToken = default)
    {
        // Path: the types the value went through (where it is made, the helpers and callers it crossed into).
        var pending = new Stack<(IOperation Operation, bool ThroughCall, int Calls, TypePath Path)>();
        var seen = new HashSet<IOperation>();
        var seenLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        pending.Push((value, false, 0, new TypePath(EnclosingType(value), null)));
        int steps = 0;
        var next = new List<(IOperation Operation, bool IntoCall, int Calls)>(4);
        while (pending.Count > 0 && steps++ < MaxSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (IOperation current, bool throughCall, int calls, TypePath path) = pending.Pop();
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

            next.Clear();
            if (Step(current, wanted, seenLocals, calls, next, cancellationToken) is { } hit)
            {
                path = new TypePath(EnclosingType(hit.Sink), path);
                bool isOkx = hit.IsOkx || path.Any(_sinks.Index.IsOkxType);
                if (!okxOnly || isOkx)
                {
                    return new SignatureHit(hit.Sink, hit.Kind, isOkx, path);
                }
            }

            foreach ((IOperation operation, bool intoCall, int nextCalls) in next)
            {
                TypePath nextPath = nextCalls != calls ? new TypePath(EnclosingType(operation), path) : path;
                pending.Push((operation, throughCall || intoCall, nextCalls, nextPath));
            }
        }

        return null;
    }

    /// <summary>The reads of <paramref name="local"/> in the block (not the writes), for rules that follow a value such as an options object.</summary>
    public IReadOnlyList<ILocalReferenceOperation> ReadsOf(ILocalSymbol local)
    {
        Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> reads = LazyInitializer.EnsureInitialized(ref _localReads, () => IndexLocalReads(_blocks))!;
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

    /// <summary>The compilation's index, for rules that ask about types (is it OKX's, does it sign the WebSocket login).</summary>
    public CompilationIndex Index => _sinks.Index;

    /// <summary>The operations of the block: a rule that looks for writes (<c>options.WriteIndented = true</c>) walks them.</summary>
    public ImmutableArray<IOperation> OperationBlocks => _blocks;

    // One step forward from current: the operations that carry its text on, or the sink it reaches.
    private SignatureHit? Step(
        IOperation current, SignatureSinkKind wanted, HashSet<ILocalSymbol> seenLocals, int calls,
        List<(IOperation Operation, bool IntoCall, int Calls)> next, CancellationToken cancellationToken)
    {
        IOperation? parent = current.Parent;
        switch (parent)
        {
            case IConversionOperation conversion when conversion.OperatorMethod is null || IsSpanConversion(conversion.OperatorMethod):
            case ICoalesceOperation:
            case IInterpolatedStringHandlerCreationOperation:
            case IArrayCreationOperation:
            case IArrayInitializerOperation:
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                next.Add((parent, false, calls));
                break;

            case IConditionalOperation { Type: not null } conditional when conditional.Condition != current:
                next.Add((parent, false, calls));
                break;

            case IConditionalAccessOperation access when access.WhenNotNull == current:
                // price?.ToString(): the text, or null.
                next.Add((parent, false, calls));
                break;

            case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: { } created } } member
                when member.Value == current:
                // new Order { Px = value }: the object carries the text to wherever it is serialized.
                next.Add((created, false, calls));
                break;

            case ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation anonymous } member when member.Value == current:
                // new { px = value }.
                next.Add((anonymous, false, calls));
                break;

            case IInterpolationOperation { Parent: IInterpolatedStringOperation interpolated } interpolation when interpolation.Expression == current:
                next.Add((interpolated, false, calls));
                break;

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                FollowLocal(declarator.Symbol, declarator, seenLocals, calls, next);
                break;

            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                switch (assignment.Target)
                {
                    case ILocalReferenceOperation target:
                        FollowLocal(target.Local, target, seenLocals, calls, next);
                        break;
                    case IParameterReferenceOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } parameter when calls < MaxCalls:
                        FollowOutParameter(parameter.Parameter, seenLocals, calls, next, cancellationToken);
                        break;
                    case IFieldReferenceOperation { Field: var field } when calls < MaxCalls && field.DeclaringSyntaxReferences.Length > 0:
                        FollowMember(field, calls, next, cancellationToken);
                        break;
                    case IPropertyReferenceOperation { Property: { IsIndexer: false } property } when calls < MaxCalls && property.DeclaringSyntaxReferences.Length > 0:
                        FollowMember(property, calls, next, cancellationToken);
                        break;
                    default:
                        SignatureSinkKind kind = SignatureSinks.Classify(assignment) & wanted;
                        if (kind != SignatureSinkKind.None)
                        {
                            return new SignatureHit(assignment, kind, isOkx: true, path: null);
                        }

                        break;
                }

                break;

            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation appended, OperatorKind: BinaryOperatorKind.Add } compound
                when compound.Value == current:
                FollowLocal(appended.Local, appended, seenLocals, calls, next);
                break;

            case IReturnOperation { ReturnedValue: { } returned } when returned == current && calls < MaxCalls
                && ReturningMember(parent) is { } member:
                // return value; / string P => value;: every use of the method or property carries the value on, also through
                // the base or interface member it overrides or implements.
                foreach (ISymbol calledAs in CompilationIndex.CalledAs(member))
                {
                    foreach (IOperation use in _sinks.Index.UsesOf(calledAs, cancellationToken))
                    {
                        next.Add((use, false, calls + 1));
                    }
                }

                break;

            case IReturnOperation { ReturnedValue: { } returned } when returned == current && calls < MaxCalls
                && DelegateLocalOf(parent) is { } declarator:
                // Func<string> f = () => value; ... f(): every call of the local carries the value on.
                foreach (ILocalReferenceOperation read in ReadsIn(Root(declarator), declarator.Symbol))
                {
                    if (read.Parent is IInvocationOperation call && call.Instance == read)
                    {
                        next.Add((call, false, calls + 1));
                    }
                }

                break;

            case IArgumentOperation argument:
                SignatureSinkKind reached = _sinks.Classify(argument) & wanted;
                if (reached != SignatureSinkKind.None)
                {
                    return new SignatureHit(argument.Parent!, reached, _sinks.IsOkxApi(argument.Parent!) || reached != SignatureSinkKind.SignedMessage, path: null);
                }

                StepFromArgument(argument, seenLocals, calls, next, cancellationToken);
                break;

            case IInvocationOperation invocation when invocation.Instance == current:
                StepFromReceiver(invocation, calls, next);
                break;

            case IPropertyReferenceOperation { Property.Name: "WrittenSpan" or "WrittenMemory" or "Span" } property when property.Instance == current:
                next.Add((property, false, calls));
                break;
        }

        return null;
    }

    private void StepFromArgument(
        IArgumentOperation argument, HashSet<ILocalSymbol> seenLocals, int calls,
        List<(IOperation Operation, bool IntoCall, int Calls)> next, CancellationToken cancellationToken)
    {
        switch (argument.Parent)
        {
            case IInvocationOperation { Parent: IInterpolatedStringAppendOperation { Parent: IInterpolatedStringOperation interpolated } }:
                // A hole of an interpolated string converted to a handler: $"...{value}..." passed to string.Create or Append.
                next.Add((interpolated, false, calls));
                break;

            case IInvocationOperation invocation when _sinks.Serialization?.IsSerializer(invocation.TargetMethod) == true
                && argument == SerializationSymbols.ValueArgument(invocation):
                // JsonConvert.SerializeObject(new { px = value }): the serialized text holds the value's text.
                next.Add((invocation, false, calls));
                break;

            case IInvocationOperation invocation when KeepsArgumentText(invocation.TargetMethod):
                next.Add((invocation, false, calls));
                if (IsStringBuilder(invocation.TargetMethod.ContainingType) && RootReceiver(invocation) is ILocalReferenceOperation builder)
                {
                    // sb.Append(value); ... sb.ToString(): the text is in the builder, whichever read of it follows.
                    FollowLocal(builder.Local, builder, seenLocals, calls, next);
                }

                break;

            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: ILocalReferenceOperation local }
                when argument.Parameter is { } parameter && calls < MaxCalls && LambdaOf(local) is { } lambda:
                // Func<string, string> sign = message => ...; sign(value): into the lambda, through the reads of its parameter.
                FollowParameter(lambda.Body, lambda.Symbol, parameter.Ordinal, calls, next);
                break;

            case IInvocationOperation invocation when argument.Parameter is { } parameter && calls < MaxCalls
                && _sinks.Index.BodiesCalledBy(invocation.TargetMethod, cancellationToken) is { Count: > 0 } bodies:
                // A helper of the compilation (or the overrides and implementations a virtual or interface call can run):
                // follow the value into it, through the reads of its parameter.
                foreach ((IMethodSymbol method, IOperation body) in bodies)
                {
                    FollowParameter(body, method, parameter.Ordinal, calls, next);
                }

                break;

            case IInvocationOperation invocation when !invocation.TargetMethod.ReturnsVoid:
                next.Add((invocation, true, calls));
                break;

            case IObjectCreationOperation creation when IsStringBuilder(creation.Type):
                next.Add((creation, false, calls));
                break;
        }
    }

    private static void FollowParameter(IOperation body, IMethodSymbol method, int ordinal, int calls, List<(IOperation Operation, bool IntoCall, int Calls)> next)
    {
        foreach (IOperation operation in body.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation reference && reference.Parameter.Ordinal == ordinal
                && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol.OriginalDefinition, method.OriginalDefinition))
            {
                next.Add((reference, false, calls + 1));
            }
        }
    }

    // The lambda a delegate local is declared with: Func<string, string> sign = message => ...;.
    private static IAnonymousFunctionOperation? LambdaOf(ILocalReferenceOperation local)
    {
        foreach (IOperation operation in Root(local).Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
            {
                return declarator.GetVariableInitializer()?.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } ? lambda : null;
            }
        }

        return null;
    }

    // The delegate local whose lambda a return statement belongs to: Func<string> f = () => value;.
    private static IVariableDeclaratorOperation? DelegateLocalOf(IOperation returnOperation)
    {
        for (IOperation? current = returnOperation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda.Parent is IDelegateCreationOperation { Parent: IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } }
                    ? declarator
                    : null;
            }

            if (current is ILocalFunctionOperation)
            {
                return null;
            }
        }

        return null;
    }

    private IReadOnlyList<ILocalReferenceOperation> ReadsIn(IOperation root, ILocalSymbol local) =>
        _blocks.Contains(root)
            ? ReadsOf(local)
            : _sinks.Index.LocalReadsOf(root).TryGetValue(local, out List<ILocalReferenceOperation>? list) ? list : [];

    private static void StepFromReceiver(IInvocationOperation invocation, int calls, List<(IOperation Operation, bool IntoCall, int Calls)> next)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is "ToString" or "ToArray" or "GetBuffer" or "AsSpan" or "AsMemory"
            || (IsStringBuilder(method.ContainingType) && IsBuilderAppend(method.Name)))
        {
            next.Add((invocation, false, calls));
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

    // Every read of local, in the tree where it is declared (this block, or a method the walk went into).
    private void FollowLocal(ILocalSymbol local, IOperation at, HashSet<ILocalSymbol> seenLocals, int calls, List<(IOperation Operation, bool IntoCall, int Calls)> next)
    {
        if (!seenLocals.Add(local))
        {
            return;
        }

        foreach (ILocalReferenceOperation read in ReadsIn(Root(at), local))
        {
            next.Add((read, false, calls));
        }
    }

    // parameter = value; in a helper: the caller's local given as that out/ref argument holds the value.
    private void FollowOutParameter(
        IParameterSymbol parameter, HashSet<ILocalSymbol> seenLocals, int calls,
        List<(IOperation Operation, bool IntoCall, int Calls)> next, CancellationToken cancellationToken)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return;
        }

        foreach (IOperation use in _sinks.Index.UsesOf(method, cancellationToken))
        {
            if (use is not IInvocationOperation call)
            {
                continue;
            }

            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && OutLocal(argument.Value) is { } local)
                {
                    FollowLocal(local.Local, local, seenLocals, calls + 1, next);
                }
            }
        }
    }

    /// <summary>The local an out/ref argument writes: <c>out x</c>, <c>out var x</c>, <c>ref x</c>.</summary>
    public static ILocalReferenceOperation? OutLocal(IOperation argumentValue) => argumentValue switch
    {
        ILocalReferenceOperation local => local,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => declared,
        _ => null,
    };

    // _field = value; or Property = value;: every read of the member carries the value on.
    private void FollowMember(ISymbol member, int calls, List<(IOperation Operation, bool IntoCall, int Calls)> next, CancellationToken cancellationToken)
    {
        foreach (IOperation use in _sinks.Index.UsesOf(member, cancellationToken))
        {
            if (!(use.Parent is ISimpleAssignmentOperation assignment && assignment.Target == use))
            {
                next.Add((use, false, calls + 1));
            }
        }
    }

    // The method or property whose value a return statement gives; null inside a lambda or local function.
    private static ISymbol? ReturningMember(IOperation returnOperation)
    {
        IOperation root = returnOperation;
        for (IOperation? current = returnOperation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }

            root = current;
        }

        return root.SemanticModel?.GetEnclosingSymbol(returnOperation.Syntax.SpanStart) switch
        {
            IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property } => property,
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method => method,
            _ => null,
        };
    }

    /// <summary>The root of the operation tree that holds <paramref name="operation"/>: its method body, accessor, initializer...</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private static INamedTypeSymbol? EnclosingType(IOperation operation) =>
        Root(operation).SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart) is { } symbol
            ? symbol as INamedTypeSymbol ?? symbol.ContainingType
            : null;

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
        && TypeFacts.IsNamespace(type.ContainingNamespace, "System");

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

    /// <summary>The reads (not the writes) of each local in <paramref name="blocks"/>.</summary>
    internal static Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> IndexLocalReads(ImmutableArray<IOperation> blocks)
    {
        var reads = new Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>(SymbolEqualityComparer.Default);
        foreach (IOperation block in blocks)
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
