namespace OkxGen;

/// <summary>One item of a trade response that failed: its <c>sCode</c> and <c>sMsg</c>.</summary>
/// <param name="Index">The item's index in <see cref="OkxResponse{T}.Data"/>.</param>
/// <param name="Code">The item's <c>sCode</c>, for example <c>"51008"</c>.</param>
/// <param name="Message">The item's <c>sMsg</c>.</param>
public sealed record OkxItemError(int Index, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"item {Index}: {Code} {Message}";
}
