using System.Collections.Immutable;
using System.Composition;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.Analyzers;
using OkxGen.Analyzers.Json;
using OkxGen.Analyzers.Rules;

namespace OkxGen.CodeFixes;

/// <summary>
/// OKX013: rewrites a JSON literal compact with its keys sorted (keeping a raw or verbatim literal raw or verbatim),
/// or removes the whitespace outside strings from an interpolated template. Holes are never moved: reordering them
/// would reorder the evaluation of their expressions, so an interpolated template with unsorted keys keeps its order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandWrittenJsonNotCanonicalCodeFixProvider))]
[Shared]
public sealed class HandWrittenJsonNotCanonicalCodeFixProvider : CodeFixProvider
{
    private const string CanonicalTitle = "Write the JSON compact with sorted keys";
    private const string CompactTitle = "Remove the whitespace outside JSON strings";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HandWrittenJsonNotCanonical);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(HandWrittenJsonNotCanonicalAnalyzer.FixKey, out string? fix)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            (ExpressionSyntax? original, ExpressionSyntax? replacement, string title) = fix switch
            {
                HandWrittenJsonNotCanonicalAnalyzer.Canonicalize when node.FirstAncestorOrSelf<LiteralExpressionSyntax>() is { } literal =>
                    ((ExpressionSyntax?)literal, CanonicalLiteral(literal), CanonicalTitle),
                HandWrittenJsonNotCanonicalAnalyzer.RemoveWhitespace when node.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>() is { } interpolated =>
                    ((ExpressionSyntax?)interpolated, CompactInterpolation(interpolated), CompactTitle),
                _ => ((ExpressionSyntax?)null, (ExpressionSyntax?)null, string.Empty),
            };
            if (original is null || replacement is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(original, replacement.WithTriviaFrom(original)))),
                    equivalenceKey: nameof(HandWrittenJsonNotCanonicalCodeFixProvider)),
                diagnostic);
        }
    }

    private static ExpressionSyntax? CanonicalLiteral(LiteralExpressionSyntax literal)
    {
        if (JsonTemplate.Canonicalize(literal.Token.ValueText) is not { } canonical)
        {
            return null;
        }

        string text = literal.Token.Kind() switch
        {
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken when !canonical.Contains("\"\"\"") =>
                "\"\"\"" + canonical + "\"\"\"",
            _ when literal.Token.Text.StartsWith("@", System.StringComparison.Ordinal) => "@\"" + canonical.Replace("\"", "\"\"") + "\"",
            _ => SymbolDisplay.FormatLiteral(canonical, quote: true),
        };
        return SyntaxFactory.ParseExpression(text);
    }

    // Rebuilt as a regular $"..." string: the text parts re-escaped, each hole as {expression,alignment:format}.
    private static ExpressionSyntax? CompactInterpolation(InterpolatedStringExpressionSyntax interpolated)
    {
        // A text token's value keeps the doubled braces of a regular or verbatim string; a raw string has none.
        bool doubledBraces = interpolated.StringStartToken.Kind() is SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken;
        var template = new StringBuilder();
        foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax text)
            {
                string value = text.TextToken.ValueText;
                template.Append(doubledBraces ? value.Replace("{{", "{").Replace("}}", "}") : value);
            }
            else
            {
                template.Append(JsonTemplate.Hole);
            }
        }

        string[] pieces = JsonTemplate.RemoveWhitespaceOutsideStrings(template.ToString()).Split(JsonTemplate.Hole);
        var result = new StringBuilder("$\"");
        int piece = 0;
        AppendEscaped(result, pieces[piece++]);
        foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
        {
            if (content is not InterpolationSyntax hole)
            {
                continue;
            }

            result.Append('{').Append(hole.Expression.ToString());
            if (hole.AlignmentClause is { } alignment)
            {
                result.Append(',').Append(alignment.Value.ToString());
            }

            if (hole.FormatClause is { } format)
            {
                result.Append(':').Append(format.FormatStringToken.ValueText);
            }

            result.Append('}');
            AppendEscaped(result, pieces[piece++]);
        }

        result.Append('"');
        return piece == pieces.Length ? SyntaxFactory.ParseExpression(result.ToString()) : null;
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '"' => builder.Append("\\\""),
                '{' => builder.Append("{{"),
                '}' => builder.Append("}}"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ => builder.Append(c),
            };
        }
    }
}
