using System.Text.Json;

namespace OkxGen.Testing.Tests;

public static class JsonElementExtensions
{
    /// <summary>A string property's value, or null when absent.</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
