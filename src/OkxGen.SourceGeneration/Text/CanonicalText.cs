using System.Globalization;
using System.Text;

namespace OkxGen.SourceGeneration.Text;

/// <summary>
/// The compile-time half of the canonical form: escapes wire names and enum values once, by the same rules the
/// runtime writers apply to values, so that generated code holds them as ready UTF-8 literals.
/// </summary>
internal static class CanonicalText
{
    /// <summary>
    /// Escapes text for a JSON string as Python's <c>json.dumps(ensure_ascii=False)</c> and RFC 8785 do: <c>"</c> and
    /// <c>\</c>, the short forms <c>\b \f \n \r \t</c>, <c>\u00xx</c> (lower-case hex) for other characters below
    /// U+0020, and everything else as it is.
    /// </summary>
    public static string EscapeJson(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Percent-encodes text for a query string: UTF-8 bytes outside RFC 3986's unreserved set become <c>%XX</c>
    /// (upper-case hex), except <c>,</c>, which OKX expects as it is.
    /// </summary>
    public static string PercentEncode(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~' or ',')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
