using System;
using System.Globalization;

namespace OkxGen.Runtime.Tests;

/// <summary>Sets the current culture and UI culture for the lifetime of a test, then restores them.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previousCulture;
    private readonly CultureInfo _previousUICulture;

    public CultureScope(string name)
    {
        _previousCulture = CultureInfo.CurrentCulture;
        _previousUICulture = CultureInfo.CurrentUICulture;

        // Throws CultureNotFoundException under invariant globalization, rather than quietly testing nothing.
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>
    /// Cultures that break naive date formatting: comma decimals (de-DE), the dotless i (tr-TR), non-Gregorian
    /// calendars and native digits (ar-SA, fa-IR, th-TH), and '.' as the time separator (da-DK).
    /// </summary>
    public static TheoryData<string> HostileCultures => new() { "de-DE", "tr-TR", "ar-SA", "fa-IR", "th-TH", "da-DK" };

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _previousCulture;
        CultureInfo.CurrentUICulture = _previousUICulture;
    }
}
