using System;

namespace OkxGen.Analyzers.Flow;

/// <summary>What a value that reaches a sink ends up as. A rule asks <see cref="SignatureFlow"/> about the kinds it cares for.</summary>
[Flags]
internal enum SignatureSinkKind
{
    /// <summary>Not a sink.</summary>
    None = 0,

    /// <summary>
    /// The message of a signature: the text arguments of <c>OkxGen.OkxSigner</c> and <c>OkxGen.OkxCredentials</c>, or the
    /// data argument of <c>HMACSHA256</c> (<c>HashData</c>, <c>TryHashData</c>, <c>ComputeHash</c>, <c>TryComputeHash</c>).
    /// Never the key.
    /// </summary>
    SignedMessage = 1,

    /// <summary>The value of an <c>OK-ACCESS-SIGN</c> header, the only sink reached through a method the walk does not know.</summary>
    SignHeader = 2,

    /// <summary>The value of an <c>OK-ACCESS-TIMESTAMP</c> header.</summary>
    TimestampHeader = 4,

    /// <summary>Anything that is signed: <see cref="SignedMessage"/> or <see cref="SignHeader"/>.</summary>
    AnySignature = SignedMessage | SignHeader,
}
