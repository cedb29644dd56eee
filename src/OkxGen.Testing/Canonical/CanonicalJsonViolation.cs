namespace OkxGen.Testing.Canonical;

/// <summary>The first place a JSON text breaks a canonical-form rule.</summary>
public sealed class CanonicalJsonViolation
{
    internal CanonicalJsonViolation(CanonicalJsonRule rule, long byteOffset, string path, string message)
    {
        Rule = rule;
        ByteOffset = byteOffset;
        Path = path;
        Message = message;
    }

    /// <summary>The rule broken.</summary>
    public CanonicalJsonRule Rule { get; }

    /// <summary>The zero-based byte offset of the offending byte or token.</summary>
    public long ByteOffset { get; }

    /// <summary>Where in the document, as a JSON path such as <c>$.attachAlgoOrds[0]</c>.</summary>
    public string Path { get; }

    /// <summary>A sentence naming the rule, the place and the offending text.</summary>
    public string Message { get; }

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}
