using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OkxGen.Testing.Canonical;

/// <summary>
/// Checks that a JSON text is in the canonical form OkxGen sends: valid JSON, no whitespace outside strings, the keys of every
/// object sorted by ordinal (UTF-16 code unit) order of their unescaped text, and no duplicate keys.
/// </summary>
/// <remarks>Number spelling and string escaping are not checked.</remarks>
/// <example>
/// <code>
/// if (CanonicalJsonChecker.TryFindViolation("""{"b":1,"a":2}"""u8, out var violation))
///     Console.WriteLine(violation.Message); // key "a" at byte 7 comes after "b" in the object at $ ...
/// </code>
/// </example>
public static class CanonicalJsonChecker
{
    /// <summary>Finds the first violation of the canonical form.</summary>
    /// <param name="json">The UTF-8 JSON text.</param>
    /// <param name="violation">The first violation, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is not canonical.</returns>
    public static bool TryFindViolation(System.ReadOnlySpan<byte> json, [NotNullWhen(true)] out CanonicalJsonViolation? violation)
    {
        var frames = new List<JsonContainerFrame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        long previousEnd = 0;
        try
        {
            while (reader.Read())
            {
                long whitespace = FindWhitespace(json, previousEnd, reader.TokenStartIndex);
                if (whitespace >= 0)
                {
                    violation = Whitespace(json, whitespace, frames);
                    return true;
                }

                // The reader consumes a property name's colon, and whitespace around it, with the name; stop at the closing quote
                // so that the next gap check sees them.
                previousEnd = reader.TokenType == JsonTokenType.PropertyName
                    ? reader.TokenStartIndex + reader.ValueSpan.Length + 2
                    : reader.BytesConsumed;
                JsonContainerFrame? top = frames.Count == 0 ? null : frames[^1];
                JsonTokenType token = reader.TokenType;
                if (top is { IsArray: true } && token is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
                {
                    top.ElementCount++;
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                        frames.Add(new JsonContainerFrame(isArray: false));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Add(new JsonContainerFrame(isArray: true));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        string key = reader.GetString()!;
                        if (top!.LastKey is { } previous && CompareByCodePoint(previous, key) >= 0)
                        {
                            violation = KeyOutOfOrder(previous, key, reader.TokenStartIndex, frames);
                            return true;
                        }

                        top.LastKey = key;
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            long offset = reader.BytesConsumed;
            violation = new CanonicalJsonViolation(
                CanonicalJsonRule.InvalidJson,
                offset,
                BuildPath(frames, includeLastKey: true),
                "invalid JSON near byte " + offset.ToString(CultureInfo.InvariantCulture) + ": " + exception.Message);
            return true;
        }

        if (previousEnd < json.Length)
        {
            violation = Whitespace(json, previousEnd, frames);
            return true;
        }

        violation = null;
        return false;
    }

    private static long FindWhitespace(System.ReadOnlySpan<byte> json, long from, long to)
    {
        for (long i = from; i < to; i++)
        {
            byte b = json[(int)i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                return i;
            }
        }

        return -1;
    }

    private static CanonicalJsonViolation Whitespace(System.ReadOnlySpan<byte> json, long offset, List<JsonContainerFrame> frames)
    {
        string path = BuildPath(frames, includeLastKey: true);
        string message = "whitespace (0x" + json[(int)offset].ToString("X2", CultureInfo.InvariantCulture) + ") at byte "
            + offset.ToString(CultureInfo.InvariantCulture) + " near " + path
            + ": canonical JSON has no whitespace outside strings";
        return new CanonicalJsonViolation(CanonicalJsonRule.Whitespace, offset, path, message);
    }

    private static CanonicalJsonViolation KeyOutOfOrder(string previous, string key, long offset, List<JsonContainerFrame> frames)
    {
        string path = BuildPath(frames, includeLastKey: false);
        string at = " at byte " + offset.ToString(CultureInfo.InvariantCulture) + " in the object at " + path;
        return string.Equals(previous, key, System.StringComparison.Ordinal)
            ? new CanonicalJsonViolation(CanonicalJsonRule.DuplicateKey, offset, path, "duplicate key \"" + key + "\"" + at + ": canonical JSON has each key once")
            : new CanonicalJsonViolation(CanonicalJsonRule.UnsortedKeys, offset, path, "key \"" + key + "\"" + at + " comes after \"" + previous + "\": keys must be sorted by code point (ordinal order)");
    }

    private static string BuildPath(List<JsonContainerFrame> frames, bool includeLastKey)
    {
        var path = new StringBuilder("$");
        for (int i = 0; i < frames.Count; i++)
        {
            JsonContainerFrame frame = frames[i];
            bool isTop = i == frames.Count - 1;
            if (frame.IsArray)
            {
                if (frame.ElementCount > 0)
                {
                    path.Append('[').Append((frame.ElementCount - 1).ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.LastKey is not null && (includeLastKey || !isTop))
            {
                path.Append('.').Append(frame.LastKey);
            }
        }

        return path.ToString();
    }

    // Code-point order, as RFC 8785 and Python's sort_keys: the order of the keys' UTF-8 bytes. UTF-16 ordinal order
    // differs from it only for characters above U+FFFF against U+E000..U+FFFF.
    private static int CompareByCodePoint(string x, string y) =>
        Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
}
