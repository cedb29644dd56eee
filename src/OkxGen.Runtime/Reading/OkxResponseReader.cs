using System.Text.Json;

namespace OkxGen;

/// <summary>
/// Reads one item of an OKX response's <c>data</c> array. The generator writes one for every type named by
/// <see cref="OkxEndpointAttribute.Response"/>, without reflection.
/// </summary>
/// <typeparam name="T">The type of an item.</typeparam>
public abstract class OkxResponseReader<T>
{
    /// <summary>Reads one item.</summary>
    /// <param name="reader">A reader on the item's first token; on return, on its last token.</param>
    /// <returns>The item.</returns>
    /// <exception cref="OkxResponseException">The item does not have the shape of <typeparamref name="T"/>.</exception>
    public abstract T ReadItem(ref Utf8JsonReader reader);

    /// <summary>
    /// Gets the per-item outcome OKX reports in <c>sCode</c> and <c>sMsg</c> on trade endpoints, when
    /// <typeparamref name="T"/> has those members and the item failed.
    /// </summary>
    /// <param name="item">An item read by <see cref="ReadItem"/>.</param>
    /// <param name="code">The item's <c>sCode</c> when it is not <c>"0"</c>.</param>
    /// <param name="message">The item's <c>sMsg</c>.</param>
    /// <returns><see langword="true"/> when the item reports a failure.</returns>
    public virtual bool TryGetItemError(T item, out string code, out string message)
    {
        code = string.Empty;
        message = string.Empty;
        return false;
    }
}

/// <summary>The response readers OkxGen ships.</summary>
public static class OkxResponseReader
{
    /// <summary>Gets the reader for endpoints that declare no response type: each item as a detached <see cref="System.Text.Json.JsonElement"/>.</summary>
    public static OkxResponseReader<JsonElement> JsonElement { get; } = new JsonElementReader();

    private sealed class JsonElementReader : OkxResponseReader<JsonElement>
    {
        public override JsonElement ReadItem(ref Utf8JsonReader reader) => System.Text.Json.JsonElement.ParseValue(ref reader);
    }
}
