using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.Analyzers;

namespace OkxGen.CodeFixes;

/// <summary>
/// OKX003 on a <c>double</c> or <c>float</c> member: declares it <c>decimal</c> (<c>double?</c> becomes
/// <c>decimal?</c>, <c>IReadOnlyList&lt;double&gt;</c> becomes <c>IReadOnlyList&lt;decimal&gt;</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsupportedMemberTypeCodeFixProvider))]
[Shared]
public sealed class UnsupportedMemberTypeCodeFixProvider : CodeFixProvider
{
    private const string Title = "Declare the member decimal";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnsupportedMemberType);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<PropertyDeclarationSyntax>() is not { } property ||
            !FloatingPointKeywords(property.Type).Any())
        {
            return;
        }

        // Other OKX003s (a Guid, or a double deep inside a nested type) have no mechanical fix here.
        string floatingPointMessage = DiagnosticDescriptors.BinaryFloatingPointMember.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture) != floatingPointMessage)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => DeclareDecimalAsync(context.Document, root, property, cancellationToken),
                    equivalenceKey: nameof(UnsupportedMemberTypeCodeFixProvider)),
                diagnostic);
        }
    }

    private static Task<Document> DeclareDecimalAsync(Document document, SyntaxNode root, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TypeSyntax type = property.Type.ReplaceNodes(
            FloatingPointKeywords(property.Type),
            static (original, _) => original.WithKeyword(SyntaxFactory.Token(original.Keyword.LeadingTrivia, SyntaxKind.DecimalKeyword, original.Keyword.TrailingTrivia)));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(property.Type, type)));
    }

    private static System.Collections.Generic.IEnumerable<PredefinedTypeSyntax> FloatingPointKeywords(TypeSyntax type) =>
        type.DescendantNodesAndSelf()
            .OfType<PredefinedTypeSyntax>()
            .Where(static t => t.Keyword.IsKind(SyntaxKind.DoubleKeyword) || t.Keyword.IsKind(SyntaxKind.FloatKeyword));
}
