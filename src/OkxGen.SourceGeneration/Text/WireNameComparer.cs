using System;
using System.Collections.Generic;

namespace OkxGen.SourceGeneration.Text;

/// <summary>
/// Orders wire names by Unicode code point, as Python's <c>sort_keys</c> and RFC 8785 do. It differs from
/// <see cref="StringComparer.Ordinal"/> (UTF-16 code units) only where a character above U+FFFF meets one in
/// U+E000 to U+FFFF: a surrogate code unit is smaller, but its code point is larger.
/// </summary>
internal sealed class WireNameComparer : IComparer<string>
{
    public static readonly WireNameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int length = Math.Min(x.Length, y.Length);
        for (int i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return CodePointRank(x[i]) - CodePointRank(y[i]);
            }
        }

        return x.Length - y.Length;
    }

    // Moves surrogates above U+E000..U+FFFF, so that code-unit order becomes code-point order.
    private static int CodePointRank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
