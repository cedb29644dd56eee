namespace OkxGen.Doctor.Search;

/// <summary>The piece of a signature a mistake replaces: one of the prehash's four parts, or the key.</summary>
internal enum MistakePart
{
    Timestamp,
    Method,
    RequestTarget,
    Body,
    Key,
}

/// <summary>One known mistake: the cause, a phrase that says exactly what was signed, and the bytes signed instead of the sent ones.</summary>
internal sealed class Mistake
{
    public Mistake(OkxSignatureCause cause, MistakePart part, string description, byte[] bytes)
    {
        Cause = cause;
        Part = part;
        Description = description;
        Bytes = bytes;
    }

    public OkxSignatureCause Cause { get; }

    public MistakePart Part { get; }

    /// <summary>What was signed, completing "the signature was computed with ...", for example "the body with a space after ':' and ','".</summary>
    public string Description { get; }

    public byte[] Bytes { get; }
}
