using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers.Internals;

/// <summary>A piece of a flattened text: literal text, or an opaque value (with its symbol when it names one).</summary>
internal readonly struct TextPart
{
    public TextPart(string? text, ISymbol? symbol)
    {
        Text = text;
        Symbol = symbol;
    }

    /// <summary>The literal text; <see langword="null"/> for an opaque value.</summary>
    public string? Text { get; }

    /// <summary>The local, parameter, field or property an opaque value reads; <see langword="null"/> for text or an unknown value.</summary>
    public ISymbol? Symbol { get; }
}
