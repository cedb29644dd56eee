using System.Collections.Generic;
using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>Reads the request fields the default answers echo (clOrdId, tag, ...).</summary>
internal static class RequestJson
{
    /// <summary>The body's objects: the root object, or each object of a root array; none when the body is not JSON.</summary>
    public static List<Dictionary<string, string>> ReadObjects(RecordedRequest request)
    {
        var objects = new List<Dictionary<string, string>>();
        try
        {
            using JsonDocument document = JsonDocument.Parse(request.Body);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in root.EnumerateArray())
                {
                    objects.Add(ReadFields(item));
                }
            }
            else
            {
                objects.Add(ReadFields(root));
            }
        }
        catch (JsonException)
        {
        }

        return objects;
    }

    /// <summary>The first body object, or an empty one.</summary>
    public static Dictionary<string, string> ReadObject(RecordedRequest request)
    {
        List<Dictionary<string, string>> objects = ReadObjects(request);
        return objects.Count > 0 ? objects[0] : new Dictionary<string, string>();
    }

    /// <summary>A field's text, or empty when absent.</summary>
    public static string Field(this Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out string? value) ? value : string.Empty;

    /// <summary>An object's fields: strings as their text, other values as their raw JSON; empty for a non-object.</summary>
    public static Dictionary<string, string> ReadFields(JsonElement element)
    {
        var fields = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : property.Value.GetRawText();
        }

        return fields;
    }
}
