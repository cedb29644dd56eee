using System;
using System.Globalization;

namespace OkxGen.IntegrationTests.TestSupport;

/// <summary>Sets the current culture and UI culture for the lifetime of a test, then restores them.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previousCulture;
    private readonly CultureInfo _previousUICulture;

    /// <param name="name">A culture name; <c>""</c> is the invariant culture.</param>
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
    /// Comma decimals (de-DE), the dotless i (tr-TR), non-Gregorian calendars and native digits (ar-SA, fa-IR,
    /// th-TH), and the invariant culture as the control.
    /// </summary>
    public static TheoryData<string> Cultures => new() { "de-DE", "tr-TR", "ar-SA", "fa-IR", "th-TH", "" };

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _previousCulture;
        CultureInfo.CurrentUICulture = _previousUICulture;
    }
}
