using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OkxGen.Doctor.Search;

/// <summary>The same instant as the <c>OK-ACCESS-TIMESTAMP</c> header, written the ways client code gets it wrong.</summary>
internal static class TimestampMistakes
{
    public static IEnumerable<Mistake> For(string header)
    {
        if (!DateTimeOffset.TryParseExact(header, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset sent))
        {
            yield break;
        }

        DateTime utc = sent.UtcDateTime;
        long unixMilliseconds = sent.ToUnixTimeMilliseconds();
        var seen = new HashSet<string>(StringComparer.Ordinal) { header };
        foreach ((string text, string description) in Forms(utc, unixMilliseconds))
        {
            if (seen.Add(text))
            {
                yield return new Mistake(OkxSignatureCause.TimestampFormat, MistakePart.Timestamp, $"the timestamp as {description} ('{text}')", Encoding.UTF8.GetBytes(text));
            }
        }
    }

    private static IEnumerable<(string Text, string Description)> Forms(DateTime utc, long unixMilliseconds)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        yield return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", invariant), "ISO 8601 without milliseconds");
        yield return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", invariant), "ISO 8601 with seven fractional digits (ToString(\"o\"))");
        yield return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'+00:00'", invariant), "ToString(\"o\") of a DateTimeOffset");
        yield return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", invariant), "ISO 8601 without the 'Z'");
        yield return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff+00:00", invariant), "ISO 8601 with '+00:00' instead of 'Z'");
        yield return (utc.ToString("yyyy-MM-dd HH:mm:ss.fff", invariant), "a space instead of 'T' and no 'Z'");
#pragma warning disable CA1307 // 'sss' is the bug being reproduced: .NET reads it as the seconds again.
        yield return (utc.ToString("yyyy-MM-dd'T'HH:mm:ss.sss'Z'", invariant), "'ss.sss' (the seconds written twice)");
#pragma warning restore CA1307
        yield return ((unixMilliseconds / 1000).ToString(invariant), "Unix seconds");
        yield return ((unixMilliseconds / 1000).ToString(invariant) + "." + (unixMilliseconds % 1000).ToString("000", invariant), "Unix seconds with milliseconds");
        yield return (unixMilliseconds.ToString(invariant), "Unix milliseconds");
        yield return (utc.ToString("yyyy-MM-dd'T'HH.mm.ss.fff'Z'", invariant), "a culture's '.' time separator (HH.mm.ss, as da-DK writes it)");
        yield return (Format(utc, new ThaiBuddhistCalendar()), "the Thai Buddhist calendar (th-TH, year + 543)");
        yield return (Format(utc, new PersianCalendar()), "the Persian calendar (fa-IR)");
        yield return (Format(utc, new UmAlQuraCalendar(), fallback: new HijriCalendar()), "the Hijri calendar (ar-SA)");
    }

    private static string Format(DateTime utc, Calendar calendar, Calendar? fallback = null)
    {
        if (utc < calendar.MinSupportedDateTime || utc > calendar.MaxSupportedDateTime)
        {
            calendar = fallback ?? new GregorianCalendar();
        }

        CultureInfo invariant = CultureInfo.InvariantCulture;
        return string.Create(invariant, $"{calendar.GetYear(utc):0000}-{calendar.GetMonth(utc):00}-{calendar.GetDayOfMonth(utc):00}T{utc.ToString("HH:mm:ss.fff", invariant)}Z");
    }
}
