using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using OkxGen.Analyzers;
using OkxGen.Analyzers.Rules;

namespace OkxGen.CodeFixes;

/// <summary>
/// OKX014: formats with <c>CultureInfo.InvariantCulture</c>: <c>x.ToString(CultureInfo.InvariantCulture)</c>,
/// <c>string.Format(CultureInfo.InvariantCulture, ...)</c>, <c>string.Create(CultureInfo.InvariantCulture, $"...")</c>
/// (or <c>FormattableString.Invariant($"...")</c> before .NET 6); the name is qualified where the file lacks <c>using System.Globalization;</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CultureSensitiveTextIsSignedCodeFixProvider))]
[Shared]
public sealed class CultureSensitiveTextIsSignedCodeFixProvider : CodeFixProvider
{
    private const string Title = "Format with CultureInfo.InvariantCulture";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CultureSensitiveTextIsSigned);

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
            if (!diagnostic.Properties.TryGetValue(CultureSensitiveTextIsSignedAnalyzer.FixKey, out string? fix)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => FixAsync(context.Document, root, node, fix!, cancellationToken),
                    equivalenceKey: nameof(CultureSensitiveTextIsSignedCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, SyntaxNode root, SyntaxNode node, string fix, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        switch (fix)
        {
            case CultureSensitiveTextIsSignedAnalyzer.AppendProvider when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                return WithRoot(document, root.ReplaceNode(
                    invocation.ArgumentList,
                    invocation.ArgumentList.AddArguments(SyntaxFactory.Argument(InvariantCulture()))));

            case CultureSensitiveTextIsSignedAnalyzer.InsertProvider when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                return WithRoot(document, root.ReplaceNode(
                    invocation.ArgumentList,
                    invocation.ArgumentList.WithArguments(invocation.ArgumentList.Arguments.Insert(0, SyntaxFactory.Argument(InvariantCulture())))));

            case CultureSensitiveTextIsSignedAnalyzer.WrapInterpolation when node.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>() is { } interpolated:
                string wrapper = model?.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler") is null
                    ? "FormattableString.Invariant"
                    : "string.Create";
                ArgumentListSyntax arguments = wrapper == "string.Create"
                    ? SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(InvariantCulture()),
                        SyntaxFactory.Argument(interpolated.WithoutTrivia()),
                    }))
                    : SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(interpolated.WithoutTrivia())));
                ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.ParseExpression(wrapper),
                        arguments)
                    .WithTriviaFrom(interpolated);
                return WithRoot(document, root.ReplaceNode(interpolated, call));

            case CultureSensitiveTextIsSignedAnalyzer.CallToString when node is ExpressionSyntax operand:
                ExpressionSyntax receiver = operand is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                    or ElementAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax
                    ? operand.WithoutTrivia()
                    : SyntaxFactory.ParenthesizedExpression(operand.WithoutTrivia());
                ExpressionSyntax toString = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("ToString")),
                        SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(InvariantCulture()))))
                    .WithTriviaFrom(operand);
                return WithRoot(document, root.ReplaceNode(operand, toString));

            default:
                return document;
        }
    }

    // Written qualified and simplified by the code action's cleanup: CultureInfo.InvariantCulture where the file has
    // "using System.Globalization;", System.Globalization.CultureInfo.InvariantCulture otherwise. Adding the using from
    // each fix would make the batch Fix All drop all but one fix (the same insertion from every fix conflicts).
    private static ExpressionSyntax InvariantCulture() =>
        SyntaxFactory.ParseExpression("global::System.Globalization.CultureInfo.InvariantCulture").WithAdditionalAnnotations(Simplifier.Annotation);

    private static Document WithRoot(Document document, SyntaxNode root) => document.WithSyntaxRoot(root);
}
