using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Flow;

/// <summary>
/// The places where a value becomes part of an OKX signature, resolved once per compilation with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// A sink is an argument (or an indexer assignment) that consumes a value: see <see cref="SignatureSinkKind"/>.
/// Headers are recognised by their constant name, whatever the collection: <c>HttpHeaders.Add</c>,
/// <c>TryAddWithoutValidation</c>, a <c>Dictionary&lt;string, string&gt;</c>'s <c>Add</c> or indexer (as OKX.Net builds
/// them), RestSharp's <c>AddHeader</c>.
/// </remarks>
internal sealed class SignatureSinks
{
    /// <summary>The header that carries the signature.</summary>
    public const string SignHeaderName = "OK-ACCESS-SIGN";

    /// <summary>The header that carries the signed timestamp.</summary>
    public const string TimestampHeaderName = "OK-ACCESS-TIMESTAMP";

    private readonly INamedTypeSymbol? _okxSigner;
    private readonly INamedTypeSymbol? _okxCredentials;
    private readonly INamedTypeSymbol? _hmac;
    private readonly INamedTypeSymbol? _hmacSha256;

    // One per compilation, shared by every rule, so that the interprocedural caches of the index are built once.
    private static readonly ConditionalWeakTable<Compilation, SignatureSinks?> PerCompilation = new();

    // One walk per operation block, shared by every rule: the block's local reads are indexed once.
    private readonly ConditionalWeakTable<IOperation, SignatureFlow> _flows = new();

    private SignatureSinks(Compilation compilation, INamedTypeSymbol? okxSigner, INamedTypeSymbol? okxCredentials, INamedTypeSymbol? hmac, INamedTypeSymbol? hmacSha256)
    {
        Index = new CompilationIndex(compilation);
        Serialization = SerializationSymbols.Create(compilation);
        _okxSigner = okxSigner;
        _okxCredentials = okxCredentials;
        _hmac = hmac;
        _hmacSha256 = hmacSha256;
    }

    /// <summary>
    /// Resolves the sink types of <paramref name="compilation"/>; <see langword="null"/> when it can sign nothing (neither
    /// OkxGen.Runtime nor <c>HMACSHA256</c> is referenced), so that a rule can stop at compilation start.
    /// </summary>
    public static SignatureSinks? Create(Compilation compilation) => PerCompilation.GetValue(compilation, Resolve);

    /// <summary>The compilation's serializers, whose value's text the walk follows into the serialized text; <see langword="null"/> when none.</summary>
    public SerializationSymbols? Serialization { get; }

    /// <summary>The compilation's bodies, uses and OKX types, for the walk across methods.</summary>
    public CompilationIndex Index { get; }

    /// <summary>The walk for the operation block that holds <paramref name="operation"/>, the same for every rule that asks.</summary>
    public SignatureFlow FlowOf(IOperation operation) =>
        _flows.GetValue(SignatureFlow.Root(operation), root => new SignatureFlow(this, ImmutableArray.Create(root)));

    /// <summary>Whether <paramref name="sink"/> is a call of OkxGen's own signer (<c>OkxSigner</c>, <c>OkxCredentials</c>).</summary>
    public bool IsOkxApi(IOperation sink) =>
        sink is IInvocationOperation { TargetMethod.ContainingType: { } type }
        && (SymbolEqualityComparer.Default.Equals(type, _okxSigner) || SymbolEqualityComparer.Default.Equals(type, _okxCredentials));

    private static SignatureSinks? Resolve(Compilation compilation)
    {
        INamedTypeSymbol? okxSigner = compilation.GetTypeByMetadataName("OkxGen.OkxSigner");
        INamedTypeSymbol? okxCredentials = compilation.GetTypeByMetadataName("OkxGen.OkxCredentials");
        INamedTypeSymbol? hmac = compilation.GetTypeByMetadataName("System.Security.Cryptography.HMAC");
        INamedTypeSymbol? hmacSha256 = compilation.GetTypeByMetadataName("System.Security.Cryptography.HMACSHA256");
        return okxSigner is null && hmacSha256 is null ? null : new SignatureSinks(compilation, okxSigner, okxCredentials, hmac, hmacSha256);
    }

    /// <summary>What the value of <paramref name="argument"/> becomes; <see cref="SignatureSinkKind.None"/> for most arguments.</summary>
    public SignatureSinkKind Classify(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || parameter.RefKind == RefKind.Out
            || argument.Parent is not IInvocationOperation invocation)
        {
            return SignatureSinkKind.None;
        }

        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol type = method.ContainingType;
        if (type is null)
        {
            return SignatureSinkKind.None;
        }

        if (_okxSigner is not null && SymbolEqualityComparer.Default.Equals(type, _okxSigner))
        {
            return method.Name is "Sign" or "TrySign" or "TryWritePrehash" && IsMessageParameter(parameter)
                ? SignatureSinkKind.SignedMessage
                : SignatureSinkKind.None;
        }

        if (_okxCredentials is not null && SymbolEqualityComparer.Default.Equals(type, _okxCredentials))
        {
            return method.Name is "Sign" or "TrySign" && IsMessageParameter(parameter) ? SignatureSinkKind.SignedMessage : SignatureSinkKind.None;
        }

        if (IsHmacMessage(invocation, method, parameter))
        {
            return SignatureSinkKind.SignedMessage;
        }

        return ClassifyHeaderAdd(invocation, method, parameter);
    }

    /// <summary>What the value assigned by <paramref name="assignment"/> becomes: a header when it is <c>headers["OK-ACCESS-SIGN"] = value</c>.</summary>
    public static SignatureSinkKind Classify(ISimpleAssignmentOperation assignment) =>
        assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
            ? HeaderKind(indexer.Arguments[0].Value)
            : SignatureSinkKind.None;

    /// <summary>The kind of header named by <paramref name="name"/> when it is a constant; header names ignore case.</summary>
    public static SignatureSinkKind HeaderKind(IOperation name) => name.ConstantValue is { HasValue: true, Value: string text }
        ? text.Equals(SignHeaderName, StringComparison.OrdinalIgnoreCase) ? SignatureSinkKind.SignHeader
        : text.Equals(TimestampHeaderName, StringComparison.OrdinalIgnoreCase) ? SignatureSinkKind.TimestampHeader
        : SignatureSinkKind.None
        : SignatureSinkKind.None;

    private static bool IsMessageParameter(IParameterSymbol parameter) =>
        parameter.Name is not ("secretKey" or "destination" or "bytesWritten");

    private bool IsHmacMessage(IInvocationOperation invocation, IMethodSymbol method, IParameterSymbol parameter)
    {
        if (_hmacSha256 is null)
        {
            return false;
        }

        if (method.IsStatic)
        {
            // HashData(key, source[, destination]), TryHashData(key, source, destination, out written), HashDataAsync.
            return method.Name is "HashData" or "TryHashData" or "HashDataAsync"
                && parameter.Name == "source"
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, _hmacSha256);
        }

        // ComputeHash(buffer | inputStream | buffer, offset, count), TryComputeHash(source, ...), TransformBlock(inputBuffer, ...):
        // the data is always the first parameter. The receiver decides: an HMACSHA256, or an HMAC of unknown algorithm.
        return method.Name is "ComputeHash" or "TryComputeHash" or "ComputeHashAsync" or "TransformBlock" or "TransformFinalBlock"
            && parameter.Ordinal == 0
            && invocation.Instance?.Type is ITypeSymbol receiver
            && (SymbolEqualityComparer.Default.Equals(receiver, _hmac) || TypeFacts.DerivesFrom(receiver, _hmacSha256));
    }

    private static SignatureSinkKind ClassifyHeaderAdd(IInvocationOperation invocation, IMethodSymbol method, IParameterSymbol parameter)
    {
        if (parameter.Ordinal != 1
            || method.Name is not ("Add" or "TryAdd" or "TryAddWithoutValidation" or "AddHeader" or "Append" or "Set"))
        {
            return SignatureSinkKind.None;
        }

        foreach (IArgumentOperation other in invocation.Arguments)
        {
            if (other.Parameter?.Ordinal == 0)
            {
                return HeaderKind(other.Value);
            }
        }

        return SignatureSinkKind.None;
    }
}
