using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// OKX010: replaces a reflection serialization of an endpoint with the generated <c>ToJson()</c>, where the call
/// returns a string (<c>JsonSerializer.Serialize</c>, <c>JsonConvert.SerializeObject</c>) or its UTF-8 bytes
/// (<c>JsonSerializer.SerializeToUtf8Bytes</c>). The analyzer says which, and offers nothing for the other forms.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EndpointSerializedByReflectionCodeFixProvider))]
[Shared]
public sealed class EndpointSerializedByReflectionCodeFixProvider : CodeFixProvider
{
    private const string Title = "Use the generated ToJson()";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.EndpointSerializedByReflection);

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
            if (!diagnostic.Properties.TryGetValue(EndpointSerializedByReflectionAnalyzer.FixKey, out string? fix) ||
                !diagnostic.Properties.TryGetValue(EndpointSerializedByReflectionAnalyzer.ArgumentKey, out string? argument) ||
                !int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ||
                root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation ||
                index >= invocation.ArgumentList.Arguments.Count)
            {
                continue;
            }

            ExpressionSyntax value = WithoutCasts(invocation.ArgumentList.Arguments[index].Expression);

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => ReplaceAsync(context.Document, root, invocation, value, fix == EndpointSerializedByReflectionAnalyzer.FixToUtf8Bytes, cancellationToken),
                    equivalenceKey: nameof(EndpointSerializedByReflectionCodeFixProvider)),
                diagnostic);
        }
    }

    private static Task<Document> ReplaceAsync(
        Document document,
        SyntaxNode root,
        InvocationExpressionSyntax invocation,
        ExpressionSyntax value,
        bool utf8Bytes,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                Receiver(value.WithoutTrivia()),
                SyntaxFactory.IdentifierName("ToJson")));
        if (utf8Bytes)
        {
            ExpressionSyntax encoding = SyntaxFactory.ParseExpression("System.Text.Encoding.UTF8").WithAdditionalAnnotations(Simplifier.Annotation);
            replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, encoding, SyntaxFactory.IdentifierName("GetBytes")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(replacement))));
        }

        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation))));
    }

    // The analyzer looked through conversions to find the endpoint: '(object)request' serializes 'request'.
    private static ExpressionSyntax WithoutCasts(ExpressionSyntax value)
    {
        while (true)
        {
            switch (value)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    value = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    value = cast.Expression;
                    break;
                default:
                    return value;
            }
        }
    }

    // A value that is not a primary expression (a cast, a conditional, an 'await') needs parentheses before '.ToJson()'.
    private static ExpressionSyntax Receiver(ExpressionSyntax value) => value is
        IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or
        ThisExpressionSyntax or ParenthesizedExpressionSyntax or ObjectCreationExpressionSyntax or GenericNameSyntax
        ? value
        : SyntaxFactory.ParenthesizedExpression(value);
}
