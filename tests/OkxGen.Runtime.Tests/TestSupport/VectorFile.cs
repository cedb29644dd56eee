using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace OkxGen.Runtime.Tests;

/// <summary>One signing vector of <c>Vectors/vectors.json</c>, whose signatures agree with Python's hmac module.</summary>
public sealed record SigningVector(
    string Name,
    string SecretKey,
    string Timestamp,
    string Method,
    string Path,
    string ExpectedBody,
    string ExpectedRequestPath,
    string ExpectedPrehash,
    string ExpectedSign);

/// <summary>Loads the shared signing vectors, copied next to the test assembly.</summary>
public static class VectorFile
{
    private static readonly Lazy<IReadOnlyDictionary<string, SigningVector>> Vectors = new(Load);

    /// <summary>The vector names, so that each vector is its own test case named after it.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (string name in Vectors.Value.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    public static SigningVector Get(string name) => Vectors.Value[name];

    private static Dictionary<string, SigningVector> Load()
    {
        string path = System.IO.Path.Combine(AppContext.BaseDirectory, "Vectors", "vectors.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));

        var vectors = new Dictionary<string, SigningVector>(StringComparer.Ordinal);
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            var vector = new SigningVector(
                Name: Read(item, "name"),
                SecretKey: Read(item, "secretKey"),
                Timestamp: Read(item, "timestamp"),
                Method: Read(item, "method"),
                Path: Read(item, "path"),
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
