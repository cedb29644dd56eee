using System;
using System.Globalization;

namespace OkxGen.Testing.Verification;

/// <summary>Parses <c>OK-ACCESS-TIMESTAMP</c>, which must be exactly <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
internal static class OkxTimestamp
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";
    private const string Shape = "0000-00-00T00:00:00.000Z";

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != Shape.Length)
        {
            return false;
        }

        for (int i = 0; i < Shape.Length; i++)
        {
            bool matches = Shape[i] == '0' ? char.IsAsciiDigit(text[i]) : text[i] == Shape[i];
            if (!matches)
            {
                return false;
            }
        }

        return DateTimeOffset.TryParseExact(
            text,
            Format,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }
}
