using System.Text.Json;

namespace OkxGen.Testing.Responses;

/// <summary>Shorthands for writing OKX items, whose fields are nearly all strings.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>Writes string properties in the given order.</summary>
    public static void WriteStrings(this Utf8JsonWriter writer, params (string Name, string Value)[] fields)
    {
        foreach ((string name, string value) in fields)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes an array of strings as a value (a candle or a book level).</summary>
    public static void WriteStringArray(this Utf8JsonWriter writer, params string[] values)
    {
        writer.WriteStartArray();
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
