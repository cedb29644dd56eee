namespace OkxGen.Testing.Canonical;

/// <summary>An open object or array while <see cref="CanonicalJsonChecker"/> walks a document.</summary>
internal sealed class JsonContainerFrame
{
    public JsonContainerFrame(bool isArray) => IsArray = isArray;

    public bool IsArray { get; }

    /// <summary>For an array, how many elements have started so far.</summary>
    public int ElementCount { get; set; }

    /// <summary>For an object, the last key read.</summary>
    public string? LastKey { get; set; }
}
