using System;
using System.Collections.Generic;
using System.Text;
using OkxGen.Serialization;

namespace OkxGen.Tool.Commands;

/// <summary>A query string in OkxGen's form: parameters sorted by name, percent-encoded by the runtime's own query writer (',' kept raw).</summary>
internal static class CanonicalQuery
{
    public static string Write(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            pairs.Add((name, value));
        }

        pairs.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        int capacity = 16 + (Encoding.UTF8.GetMaxByteCount(query.Length) * 3);
        byte[] buffer = new byte[capacity];
        var writer = new OkxQueryWriter(buffer);
        foreach ((string name, string value) in pairs)
        {
            writer.WriteParameterName(Encode(name));
            writer.WriteStringValue(value, name);
        }

        writer.TryComplete(out int written);
        return Encoding.UTF8.GetString(buffer, 0, written);
    }

    /// <summary>A name encoded by the same writer, without the separator it writes before a value.</summary>
    private static byte[] Encode(string name)
    {
        byte[] buffer = new byte[16 + (Encoding.UTF8.GetMaxByteCount(name.Length) * 3)];
        var writer = new OkxQueryWriter(buffer);
        writer.WriteStringValue(name, name);
        writer.TryComplete(out int written);
        return buffer[..written];
    }
}
