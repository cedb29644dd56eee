using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Flow;

/// <summary>The signing call or header a value reaches, and whether the signature is OKX's.</summary>
internal sealed class SignatureHit
{
    public SignatureHit(IOperation sink, SignatureSinkKind kind, bool isOkx, TypePath? path)
    {
        Sink = sink;
        Kind = kind;
        IsOkx = isOkx;
        Path = path;
    }

    /// <summary>The types the value went through, from the sink's back to the origin's.</summary>
    public TypePath? Path { get; }

    /// <summary>The invocation (or indexer assignment) that consumes the value.</summary>
    public IOperation Sink { get; }

    /// <summary>What the value becomes there.</summary>
    public SignatureSinkKind Kind { get; }

    /// <summary>
    /// Whether the signature is OKX's: <c>OkxSigner</c>/<c>OkxCredentials</c>, an <c>OK-ACCESS-*</c> header, or an HMAC in
    /// (or fed from) a type whose source names OKX (see <see cref="CompilationIndex.IsOkxType"/>).
    /// </summary>
    public bool IsOkx { get; }

    /// <summary>The sink for a message: <c>HMACSHA256.HashData (Signer.cs, line 38)</c>, <c>the OK-ACCESS-SIGN header (Client.cs, line 40)</c>.</summary>
    public string Describe()
    {
        string what = Kind switch
        {
            SignatureSinkKind.SignHeader => $"the {SignatureSinks.SignHeaderName} header",
            SignatureSinkKind.TimestampHeader => $"the {SignatureSinks.TimestampHeaderName} header",
            // The receiver's type where there is one: HMACSHA256.ComputeHash, not HashAlgorithm.ComputeHash.
            _ when Sink is IInvocationOperation invocation =>
                $"{(invocation.Instance?.Type ?? invocation.TargetMethod.ContainingType)?.Name}.{invocation.TargetMethod.Name}",
            _ => "a signature",
        };
        return $"{what} ({Where(Sink.Syntax)})";
    }

    /// <summary>Where <paramref name="node"/> is, for a message: <c>Signer.cs, line 38</c>.</summary>
    public static string Where(SyntaxNode node)
    {
        FileLinePositionSpan span = node.GetLocation().GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}, line {span.StartLinePosition.Line + 1}";
    }
}
