using System;
using System.Globalization;
using System.Text;

namespace OkxGen.Doctor;

/// <summary>Short, printable excerpts of prehash bytes: control characters and invalid UTF-8 shown escaped.</summary>
internal static class TextExcerpt
{
    public static string Around(byte[] text, int offset, int radius)
    {
        int start = Math.Max(0, offset - radius);
        int end = Math.Min(text.Length, offset + radius);
        string excerpt = Escape(Encoding.UTF8.GetString(text, start, end - start), int.MaxValue);
        return (start > 0 ? "..." : string.Empty) + excerpt + (end < text.Length ? "..." : string.Empty);
    }

    public static string Escape(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 16);
        foreach (char c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append("...");
                break;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' or '\uFFFD' => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
