using System;
using OkxGen.Doctor.Search;

namespace OkxGen.Doctor;

/// <summary>
/// Rewrites any JSON in OkxGen's canonical form: keys sorted by code point at every level, no whitespace, strings
/// escaped as Python's <c>json.dumps(ensure_ascii=False)</c> and RFC 8785 escape them; numbers, literals and array order
/// as given. It is what OkxGen's generated writers produce for the same values, for comparing with other languages.
/// </summary>
public static class OkxCanonicalJson
{
    /// <summary>Canonicalizes <paramref name="json"/>.</summary>
    /// <param name="json">UTF-8 JSON text.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not valid JSON.</exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> json)
    {
        return JsonForms.SortKeys(json, pythonSeparators: false, reescapeStrings: true)
            ?? throw new ArgumentException("The text is not valid JSON.", nameof(json));
    }
}
