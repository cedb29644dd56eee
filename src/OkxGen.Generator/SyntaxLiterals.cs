using Microsoft.CodeAnalysis.CSharp;

namespace OkxGen.Generator;

/// <summary>C# literals for text the emitter writes into generated code.</summary>
internal static class SyntaxLiterals
{
    /// <summary>A quoted, escaped C# string literal.</summary>
    public static string String(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
