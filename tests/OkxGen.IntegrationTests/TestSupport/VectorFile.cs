using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace OkxGen.IntegrationTests.TestSupport;

/// <summary>
/// One signing vector: the request's values as OKX receives them (<c>body</c> or <c>query</c>) and the bytes an
/// independent implementation (Python's standard library) derived from them.
/// </summary>
public sealed record SigningVector(
    string Name,
    string SecretKey,
    string Timestamp,
    string Method,
    string Path,
    JsonElement? Body,
    JsonElement? Query,
    string ExpectedBody,
    string ExpectedRequestPath,
    string ExpectedPrehash,
    string ExpectedSign);

/// <summary>Loads vector files copied next to the test assembly from <c>Vectors/</c>.</summary>
public static class VectorFile
{
    /// <summary>The shared OKX vectors (a copy of the project's reference vectors).</summary>
    public const string Shared = "vectors.json";

    /// <summary>Extra vectors written by <c>oracle.py</c> for the rule and culture probes of this project.</summary>
    public const string Oracle = "oracle-vectors.json";

    /// <summary>Vectors written by <c>member_types_oracle.py</c> for DateTimeOffset and the integer types (typed <c>inputs</c>).</summary>
    public const string MemberTypes = "member-types-vectors.json";

    private static readonly ConcurrentDictionary<string, JsonDocument> s_documents = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, SigningVector>> s_files = new(StringComparer.Ordinal);

    /// <summary>The vector names of <paramref name="file"/>, so that each vector is its own test case.</summary>
    public static TheoryData<string> NamesIn(string file)
    {
        var names = new TheoryData<string>();
        foreach (string name in Load(file).Keys)
        {
            names.Add(name);
        }

        return names;
    }

    public static SigningVector Get(string file, string name) => Load(file)[name];

    /// <summary>The typed <c>inputs</c> object of a vector of <see cref="MemberTypes"/>.</summary>
    public static JsonElement Inputs(string file, string name)
    {
        JsonDocument document = s_documents.GetOrAdd(file, static f => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Vectors", f))));
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            if (item.GetProperty("name").GetString() == name)
            {
                return item.GetProperty("inputs");
            }
        }

        throw new KeyNotFoundException(name);
    }

    private static IReadOnlyDictionary<string, SigningVector> Load(string file) => s_files.GetOrAdd(file, Read);

    private static Dictionary<string, SigningVector> Read(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Vectors", file);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));

        var vectors = new Dictionary<string, SigningVector>(StringComparer.Ordinal);
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            var vector = new SigningVector(
                Name: Text(item, "name"),
                SecretKey: Text(item, "secretKey"),
                Timestamp: Text(item, "timestamp"),
                Method: Text(item, "method"),
                Path: Text(item, "path"),
                Body: item.TryGetProperty("body", out JsonElement body) ? body.Clone() : null,
                Query: item.TryGetProperty("query", out JsonElement query) ? query.Clone() : null,
                ExpectedBody: Text(item, "expectedBody"),
                ExpectedRequestPath: Text(item, "expectedRequestPath"),
                ExpectedPrehash: Text(item, "expectedPrehash"),
                ExpectedSign: Text(item, "expectedSign"));
            vectors.Add(vector.Name, vector);
        }

        return vectors;
    }

    private static string Text(JsonElement item, string property) =>
        item.GetProperty(property).GetString()
        ?? throw new InvalidDataException($"\"{property}\" is null.");
}
