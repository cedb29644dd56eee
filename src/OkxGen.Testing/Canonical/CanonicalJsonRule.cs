namespace OkxGen.Testing.Canonical;

/// <summary>The canonical-JSON rule a body breaks.</summary>
public enum CanonicalJsonRule
{
    /// <summary>The text is not valid JSON at all.</summary>
    InvalidJson,

    /// <summary>Whitespace outside a string.</summary>
    Whitespace,

    /// <summary>An object's keys are not in ordinal (code unit) order.</summary>
    UnsortedKeys,

    /// <summary>An object has the same key twice.</summary>
    DuplicateKey,
}
