using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>
/// The <c>data</c> of OKX's documented response example for each endpoint of OkxGen.Api, keyed by method and path
/// (documented-examples.json, written by tools/okx-api/generate.py from the documentation): the answer for an endpoint
/// that has no built-in model.
/// </summary>
internal static class DocumentedExamples
{
    private const string ResourceName = "OkxGen.Testing.documented-examples.json";

    private static readonly Lazy<Dictionary<string, string>> Examples = new(Load);

    /// <summary>Finds the documented <c>data</c> (a JSON array, or the object OKX documents) for an endpoint.</summary>
    public static bool TryGet(string method, string path, out string data) =>
        Examples.Value.TryGetValue(method.ToUpperInvariant() + " " + path, out data!);

    private static Dictionary<string, string> Load()
    {
        using Stream stream = typeof(DocumentedExamples).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from OkxGen.Testing.");
        using JsonDocument document = JsonDocument.Parse(stream);
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty endpoint in document.RootElement.EnumerateObject())
        {
            examples.Add(endpoint.Name, endpoint.Value.GetRawText());
        }

        return examples;
    }
}
