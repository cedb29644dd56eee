using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.Analyzers;

namespace OkxGen.CodeFixes;

/// <summary>OKX005: removes <c>[JsonPropertyOrder]</c>, and its attribute list when it held nothing else.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PropertyOrderIgnoredCodeFixProvider))]
[Shared]
public sealed class PropertyOrderIgnoredCodeFixProvider : CodeFixProvider
{
    private const string Title = "Remove [JsonPropertyOrder]";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PropertyOrderIgnored);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not { } node ||
            node.FirstAncestorOrSelf<AttributeSyntax>() is not { Parent: AttributeListSyntax } attribute)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => RemoveAsync(context.Document, root, attribute, cancellationToken),
                    equivalenceKey: nameof(PropertyOrderIgnoredCodeFixProvider)),
                diagnostic);
        }
    }

    private static Task<Document> RemoveAsync(Document document, SyntaxNode root, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = (AttributeListSyntax)attribute.Parent!;
        SyntaxNode newRoot;
        if (list.Attributes.Count > 1)
        {
            newRoot = root.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));
        }
        else
        {
            SyntaxToken next = list.GetLastToken().GetNextToken();
            newRoot = root.TrackNodes(list);
            newRoot = newRoot.ReplaceToken(newRoot.FindToken(next.SpanStart), next.WithLeadingTrivia(LeadingTriviaAfterRemoval(list, next)));
            newRoot = newRoot.RemoveNode(newRoot.GetCurrentNode(list)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return Task.FromResult(document.WithSyntaxRoot(newRoot));
    }

    // The list's leading trivia (indentation, doc comment) goes to the token after it. On a line of its own, the list's
    // end of line goes with it and its indentation replaces the next token's; inline, the next token keeps its own.
    private static SyntaxTriviaList LeadingTriviaAfterRemoval(AttributeListSyntax list, SyntaxToken next)
    {
        if (list.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
        {
            return list.GetLeadingTrivia();
        }

        SyntaxTriviaList leading = list.GetLeadingTrivia().AddRange(next.LeadingTrivia);
        SyntaxToken previous = list.GetFirstToken().GetPreviousToken();
        return leading.Count == 0 && previous.IsKind(SyntaxKind.CloseBracketToken) && previous.TrailingTrivia.Count == 0
            ? SyntaxFactory.TriviaList(SyntaxFactory.Space)
            : leading;
    }
}
