using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>An HTTP answer read whole: status, text and, when it is an OKX body, its code and message.</summary>
public sealed record OkxAnswer(HttpStatusCode Status, string Text, string? Code, string? Message, JsonElement Root)
{
    public static async Task<OkxAnswer> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument document = JsonDocument.Parse(text);
        JsonElement root = document.RootElement.Clone();
        string? code = root.TryGetProperty("code", out JsonElement c) ? c.GetString() : null;
        string? message = root.TryGetProperty("msg", out JsonElement m) ? m.GetString() : null;
        return new OkxAnswer(response.StatusCode, text, code, message, root);
    }

    public JsonElement Data => Root.GetProperty("data");
}
