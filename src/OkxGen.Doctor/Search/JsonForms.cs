using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OkxGen.Doctor.Search;

/// <summary>
/// The other forms a JSON body commonly takes when it is serialized a second time: compact, Python's default
/// separators, indented, keys sorted, non-ASCII escaped. Whitespace forms work on the tokens and keep every value's
/// spelling; the sorted form re-orders members and keeps each value's raw text.
/// </summary>
internal static class JsonForms
{
    /// <summary>Writes the tokens of <paramref name="json"/> with the given separators and indentation.</summary>
    /// <returns><see langword="null"/> when the input is not well-formed enough to re-space.</returns>
    public static byte[]? Respace(ReadOnlySpan<byte> json, string itemSeparator, string keySeparator, string? indent, string newLine)
    {
        var output = new MemoryStream(json.Length + (json.Length / 4));
        int depth = 0;
        bool containerJustOpened = false;
        int i = 0;
        while (i < json.Length)
        {
            byte b = json[i];
            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    i++;
                    continue;
                case (byte)'"':
                {
                    int end = StringEnd(json, i);
                    if (end < 0)
                    {
                        return null;
                    }

                    BreakAfterOpen(output, ref containerJustOpened, indent, newLine, depth);
                    output.Write(json[i..end]);
                    i = end;
                    continue;
                }

                case (byte)'{' or (byte)'[':
                    BreakAfterOpen(output, ref containerJustOpened, indent, newLine, depth);
                    output.WriteByte(b);
                    depth++;
                    containerJustOpened = true;
                    break;
                case (byte)'}' or (byte)']':
                    depth--;
                    if (depth < 0)
                    {
                        return null;
                    }

                    if (!containerJustOpened && indent is not null)
                    {
                        WriteLineBreak(output, indent, newLine, depth);
                    }

                    containerJustOpened = false;
                    output.WriteByte(b);
                    break;
                case (byte)',':
                    if (indent is null)
                    {
                        WriteAscii(output, itemSeparator);
                    }
                    else
                    {
                        output.WriteByte((byte)',');
                        WriteLineBreak(output, indent, newLine, depth);
                    }

                    break;
                case (byte)':':
                    WriteAscii(output, keySeparator);
                    break;
                default:
                    BreakAfterOpen(output, ref containerJustOpened, indent, newLine, depth);
                    output.WriteByte(b);
                    break;
            }

            i++;
        }

        return depth == 0 ? output.ToArray() : null;
    }

    /// <summary>Writes <paramref name="json"/> with every object's members in ordinal order of their names, compact or with Python's separators.</summary>
    public static byte[]? SortKeys(ReadOnlySpan<byte> json, bool pythonSeparators, bool reescapeStrings = false)
    {
        JsonDocument? document = TryParse(json);
        if (document is null)
        {
            return null;
        }

        using (document)
        {
            var builder = new StringBuilder(json.Length);
            WriteSorted(builder, document.RootElement, pythonSeparators ? ", " : ",", pythonSeparators ? ": " : ":", reescapeStrings);
            return Encoding.UTF8.GetBytes(builder.ToString());
        }
    }

    /// <summary>Re-escapes every string: non-ASCII as <c>\uXXXX</c> (Python's <c>ensure_ascii</c>), or System.Text.Json's default HTML-safe escaping.</summary>
    public static byte[]? Reescape(ReadOnlySpan<byte> json, bool systemTextJsonDefault)
    {
        var output = new MemoryStream(json.Length * 2);
        int i = 0;
        while (i < json.Length)
        {
            if (json[i] != (byte)'"')
            {
                output.WriteByte(json[i++]);
                continue;
            }

            int end = StringEnd(json, i);
            if (end < 0)
            {
                return null;
            }

            string? value = Unquote(json[i..end]);
            if (value is null)
            {
                return null;
            }

            output.WriteByte((byte)'"');
            if (systemTextJsonDefault)
            {
                output.Write(JsonEncodedText.Encode(value, JavaScriptEncoder.Default).EncodedUtf8Bytes);
            }
            else
            {
                WriteAscii(output, EscapeAscii(value));
            }

            output.WriteByte((byte)'"');
            i = end;
        }

        return output.ToArray();
    }

    private static void WriteSorted(StringBuilder builder, JsonElement element, string itemSeparator, string keySeparator, bool reescapeStrings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<JsonProperty>();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    members.Add(property);
                }

                members.Sort(static (a, b) => CompareByCodePoint(a.Name, b.Name));
                builder.Append('{');
                for (int m = 0; m < members.Count; m++)
                {
                    if (m > 0)
                    {
                        builder.Append(itemSeparator);
                    }

                    builder.Append(JsonEncodedName(members[m].Name)).Append(keySeparator);
                    WriteSorted(builder, members[m].Value, itemSeparator, keySeparator, reescapeStrings);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (index++ > 0)
                    {
                        builder.Append(itemSeparator);
                    }

                    WriteSorted(builder, item, itemSeparator, keySeparator, reescapeStrings);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String when reescapeStrings:
                builder.Append(JsonEncodedName(element.GetString()!));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }

    /// <summary>Orders names by Unicode code point, as Python and RFC 8785 do (UTF-16 order differs above U+FFFF).</summary>
    private static int CompareByCodePoint(string a, string b)
    {
        SpanRuneEnumerator left = a.AsSpan().EnumerateRunes();
        SpanRuneEnumerator right = b.AsSpan().EnumerateRunes();
        while (true)
        {
            bool hasLeft = left.MoveNext();
            bool hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            int order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    /// <summary>A name written as Python's <c>json.dumps(ensure_ascii=False)</c> writes it.</summary>
    private static string JsonEncodedName(string name)
    {
        var builder = new StringBuilder(name.Length + 2).Append('"');
        foreach (char c in name)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string EscapeAscii(string value)
    {
        string named = JsonEncodedName(value);
        var builder = new StringBuilder(named.Length);
        foreach (char c in named.AsSpan(1, named.Length - 2))
        {
            if (c > 0x7E)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? Unquote(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        try
        {
            return reader.Read() ? reader.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonDocument? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The index just past the closing quote of the string starting at <paramref name="start"/>, or -1.</summary>
    private static int StringEnd(ReadOnlySpan<byte> json, int start)
    {
        for (int i = start + 1; i < json.Length; i++)
        {
            if (json[i] == (byte)'\\')
            {
                i++;
            }
            else if (json[i] == (byte)'"')
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static void BreakAfterOpen(MemoryStream output, ref bool containerJustOpened, string? indent, string newLine, int depth)
    {
        if (containerJustOpened && indent is not null)
        {
            WriteLineBreak(output, indent, newLine, depth);
        }

        containerJustOpened = false;
    }

    private static void WriteLineBreak(MemoryStream output, string indent, string newLine, int depth)
    {
        WriteAscii(output, newLine);
        for (int d = 0; d < depth; d++)
        {
            WriteAscii(output, indent);
        }
    }

    private static void WriteAscii(MemoryStream output, string text)
    {
        foreach (char c in text)
        {
            output.WriteByte((byte)c);
        }
    }
}
