using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace OkxGen.Testing.Tests;

/// <summary>Loads the shared signing vectors, copied next to the test assembly.</summary>
public static class VectorFile
{
    private static readonly Lazy<IReadOnlyDictionary<string, SigningVector>> Vectors = new(Load);

    /// <summary>Every vector name, so that each vector is its own test case.</summary>
    public static TheoryData<string> Names => Select(static _ => true);

    /// <summary>The names of the vectors with a body (POST).</summary>
    public static TheoryData<string> PostNames => Select(static v => v.ExpectedBody.Length > 0);

    public static SigningVector Get(string name) => Vectors.Value[name];

    private static TheoryData<string> Select(Func<SigningVector, bool> predicate)
    {
        var names = new TheoryData<string>();
        foreach (SigningVector vector in Vectors.Value.Values)
        {
            if (predicate(vector))
            {
                names.Add(vector.Name);
            }
        }

        return names;
    }

    private static Dictionary<string, SigningVector> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Vectors", "vectors.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        var vectors = new Dictionary<string, SigningVector>(StringComparer.Ordinal);
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            var vector = new SigningVector(
                Name: Read(item, "name"),
                SecretKey: Read(item, "secretKey"),
                Timestamp: Read(item, "timestamp"),
                Method: Read(item, "method"),
                ExpectedBody: Read(item, "expectedBody"),
                ExpectedRequestPath: Read(item, "expectedRequestPath"),
                ExpectedPrehash: Read(item, "expectedPrehash"),
                ExpectedSign: Read(item, "expectedSign"));
            vectors.Add(vector.Name, vector);
        }

        return vectors;
    }

    private static string Read(JsonElement item, string property) =>
        item.GetProperty(property).GetString()
        ?? throw new InvalidDataException($"vectors.json: \"{property}\" is null.");
}
