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

/// <summary>OKX001: declares the endpoint type, and every type containing it, <c>partial</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EndpointTypeMustBePartialCodeFixProvider))]
[Shared]
public sealed class EndpointTypeMustBePartialCodeFixProvider : CodeFixProvider
{
    private const string Title = "Make the type partial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.EndpointTypeMustBePartial);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent is not TypeDeclarationSyntax declaration)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => MakePartialAsync(context.Document, root, declaration, cancellationToken),
                    equivalenceKey: nameof(EndpointTypeMustBePartialCodeFixProvider)),
                diagnostic);
        }
    }

    private static Task<Document> MakePartialAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var missing = ImmutableArray.CreateBuilder<TypeDeclarationSyntax>();
        for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
        {
            if (node is TypeDeclarationSyntax type && !type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                missing.Add(type);
            }
        }

        SyntaxNode newRoot = root.ReplaceNodes(missing, static (_, rewritten) => AddPartial(rewritten));
        return Task.FromResult(document.WithSyntaxRoot(newRoot));
    }

    // C# wants 'partial' last, right before 'class', 'struct', 'record' or 'interface'.
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
    {
        SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (type.Modifiers.Count == 0)
        {
            // The keyword's leading trivia (indentation, comments) moves to 'partial', which now starts the declaration.
            SyntaxToken keyword = type.Keyword;
            return type
                .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
        }

        return type.WithModifiers(type.Modifiers.Add(partial));
    }
}
