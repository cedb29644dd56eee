using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.Analyzers;

namespace OkxGen.CodeFixes;

/// <summary>
/// OKX042: signs the query as it is sent, escapes included, by removing the unescaping call around the sent URI's text:
/// <c>Uri.UnescapeDataString(request.RequestUri!.PathAndQuery)</c> becomes <c>request.RequestUri!.PathAndQuery</c>
/// (also <c>WebUtility.UrlDecode</c> and <c>HttpUtility.UrlDecode</c>). The other shapes of the rule (a value escaped
/// one way for the signature and another way in the URI, <c>uri.ToString()</c>) have no one right rewrite and no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(QuerySignedInAnotherEncodingCodeFixProvider))]
[Shared]
public sealed class QuerySignedInAnotherEncodingCodeFixProvider : CodeFixProvider
{
    private const string Title = "Sign the query as it is sent";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.QuerySignedInAnotherEncoding);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax decode
                || !IsUnescaping(decode, model, context.CancellationToken))
            {
                continue;
            }

            ExpressionSyntax sent = decode.ArgumentList.Arguments[0].Expression.WithTriviaFrom(decode);
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(decode, sent))),
                    equivalenceKey: nameof(QuerySignedInAnotherEncodingCodeFixProvider)),
                diagnostic);
        }
    }

    // One argument, to one of the unescaping methods the rule reports.
    private static bool IsUnescaping(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken) =>
        invocation.ArgumentList.Arguments.Count == 1
        && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { IsStatic: true, Parameters.Length: 1 } method
        && (method.Name, method.ContainingType.ToDisplayString()) is
            ("UnescapeDataString", "System.Uri") or
            ("UrlDecode", "System.Net.WebUtility" or "System.Web.HttpUtility");
}
