using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace OkxGen.Tool.Capture;

/// <summary>Reads the first entry of an HTTP Archive (as browsers' DevTools save it) whose request carries <c>OK-ACCESS-SIGN</c>.</summary>
internal static class HarParser
{
    public static CapturedHttpRequest Parse(byte[] har)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(har);
        }
        catch (JsonException exception)
        {
            throw new CaptureException($"The HAR file is not complete JSON (line {exception.LineNumber + 1}): was it truncated?", exception);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("log", out JsonElement log) || !log.TryGetProperty("entries", out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new CaptureException("The HAR file has no log.entries array.");
            }

            foreach (JsonElement entry in entries.EnumerateArray())
            {
                if (entry.TryGetProperty("request", out JsonElement request) && Headers(request) is { } headers && headers.ContainsKey("OK-ACCESS-SIGN"))
                {
                    string method = String(request, "method");
                    string url = String(request, "url");
                    byte[] body = request.TryGetProperty("postData", out JsonElement postData) && postData.TryGetProperty("text", out JsonElement text)
                        ? Encoding.UTF8.GetBytes(text.GetString() ?? string.Empty)
                        : [];
                    return new CapturedHttpRequest(method, CapturedHttpRequest.OriginForm(url), headers, body);
                }
            }

            throw new CaptureException("No entry of the HAR file has an OK-ACCESS-SIGN header.");
        }
    }

    private static Dictionary<string, string>? Headers(JsonElement request)
    {
        if (!request.TryGetProperty("headers", out JsonElement headers) || headers.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonElement header in headers.EnumerateArray())
        {
            if (header.TryGetProperty("name", out JsonElement name) && header.TryGetProperty("value", out JsonElement value))
            {
                result[name.GetString() ?? string.Empty] = value.GetString() ?? string.Empty;
            }
        }

        return result;
    }

    private static string String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new CaptureException($"The HAR request has no '{name}'.");
}
