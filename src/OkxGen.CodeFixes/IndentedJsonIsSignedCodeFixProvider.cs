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
/// OKX011: makes the signed serialization compact: <c>WriteIndented = false</c>, <c>Indented = false</c>,
/// <c>Formatting.None</c>, <c>ToString(Formatting.None)</c>, <c>ToJsonString()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IndentedJsonIsSignedCodeFixProvider))]
[Shared]
public sealed class IndentedJsonIsSignedCodeFixProvider : CodeFixProvider
{
    private const string Title = "Serialize compact JSON";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.IndentedJsonIsSigned);

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
            if (!diagnostic.Properties.TryGetValue(IndentedJsonIsSignedAnalyzer.FixKey, out string? fix)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || Replacement(node, fix) is not ({ } original, { } replacement))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(original, replacement))),
                    equivalenceKey: nameof(IndentedJsonIsSignedCodeFixProvider)),
                diagnostic);
        }
    }

    private static (SyntaxNode? Original, SyntaxNode? Replacement) Replacement(SyntaxNode node, string? fix)
    {
        switch (fix)
        {
            case IndentedJsonIsSignedAnalyzer.SetFalse when node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } assignment:
                return (assignment.Right, SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(assignment.Right));

            case IndentedJsonIsSignedAnalyzer.FormattingNone when node is ExpressionSyntax expression:
                return expression is MemberAccessExpressionSyntax member
                    ? (member.Name, SyntaxFactory.IdentifierName("None").WithTriviaFrom(member.Name))
                    : (expression, FormattingNone().WithTriviaFrom(expression));

            case IndentedJsonIsSignedAnalyzer.ToStringFormattingNone when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                return (invocation.ArgumentList, invocation.ArgumentList.AddArguments(SyntaxFactory.Argument(FormattingNone())));

            case IndentedJsonIsSignedAnalyzer.ToJsonString
                when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Expression: MemberAccessExpressionSyntax call }:
                return (call.Name, SyntaxFactory.IdentifierName("ToJsonString").WithTriviaFrom(call.Name));

            default:
                return (null, null);
        }
    }

    // Qualified, then simplified by the code action's cleanup to Formatting.None where "using Newtonsoft.Json;" is present.
    private static ExpressionSyntax FormattingNone() =>
        SyntaxFactory.ParseExpression("global::Newtonsoft.Json.Formatting.None").WithAdditionalAnnotations(Simplifier.Annotation);
}
