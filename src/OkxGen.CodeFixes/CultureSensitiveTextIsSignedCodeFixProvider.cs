using System;
using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Simplification;
using OkxGen.Analyzers;
using OkxGen.Analyzers.Internals;
using OkxGen.Analyzers.Rules;

namespace OkxGen.CodeFixes;

/// <summary>
/// OKX014: formats with <c>CultureInfo.InvariantCulture</c>: <c>x.ToString(CultureInfo.InvariantCulture)</c>,
/// <c>string.Format(CultureInfo.InvariantCulture, ...)</c>, and for an interpolated string
/// <c>string.Create(CultureInfo.InvariantCulture, $"...")</c> where the compilation has that overload (.NET 6 on),
/// <c>FormattableString.Invariant($"...")</c> where it does not (netstandard2.0, .NET Framework); a nullable operand of
/// <c>+</c> becomes <c>price?.ToString(CultureInfo.InvariantCulture)</c>.
/// </summary>
/// <remarks>
/// One fix changes every value of the statement that OKX014 reports (a body built over several lines is fixed at
/// once), and Fix All changes every reported value of a document in one pass, so that a fix inside another (a
/// <c>Convert.ToString</c> inside a wrapped interpolated string) is not dropped. The name of the culture is written in
/// full and simplified by the code action's cleanup, to <c>CultureInfo.InvariantCulture</c> where the file has
/// <c>using System.Globalization;</c>.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CultureSensitiveTextIsSignedCodeFixProvider))]
[Shared]
public sealed class CultureSensitiveTextIsSignedCodeFixProvider : CodeFixProvider
{
    private const string Title = "Format with CultureInfo.InvariantCulture";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CultureSensitiveTextIsSigned);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(CultureSensitiveTextIsSignedAnalyzer.FixKey))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => FixStatementAsync(context.Document, diagnostic, cancellationToken),
                        equivalenceKey: nameof(CultureSensitiveTextIsSignedCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    // The diagnostic's statement: the analyzer runs again on its span, and every value it reports there is fixed.
    private static async Task<Document> FixStatementAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        Compilation? compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || compilation is null)
        {
            return document;
        }

        SyntaxNode scope = Statement(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new CultureSensitiveTextIsSignedAnalyzer()), document.Project.AnalyzerOptions);
        ImmutableArray<Diagnostic> found = await analysis.GetAnalyzerSemanticDiagnosticsAsync(
            analysis.Compilation.GetSemanticModel(root.SyntaxTree), scope.Span, cancellationToken).ConfigureAwait(false);
        return await FixAsync(document, found.Add(diagnostic), cancellationToken).ConfigureAwait(false) ?? document;
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        InterpolationFix interpolationFix = InterpolationFixOf(model.Compilation, root.SyntaxTree.Options);
        var rewrites = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Id == DiagnosticIds.CultureSensitiveTextIsSigned
                && diagnostic.Properties.TryGetValue(CultureSensitiveTextIsSignedAnalyzer.FixKey, out string? fix)
                && diagnostic.Location.SourceTree == root.SyntaxTree)
            {
                AddRewrites(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), fix!, interpolationFix, model, rewrites, cancellationToken);
            }
        }

        // Bottom-up: a rewrite sees the node with the rewrites inside it already made.
        return rewrites.Count == 0 ? null : document.WithSyntaxRoot(root.ReplaceNodes(rewrites.Keys, (original, rewritten) => rewrites[original](rewritten)));
    }

    private static void AddRewrites(
        SyntaxNode node, string fix, InterpolationFix interpolationFix, SemanticModel model,
        Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> rewrites, CancellationToken cancellationToken)
    {
        switch (fix)
        {
            case CultureSensitiveTextIsSignedAnalyzer.AppendProvider when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                rewrites[invocation] = rewritten => ((InvocationExpressionSyntax)rewritten).AddArgumentListArguments(SyntaxFactory.Argument(InvariantCulture()));
                break;

            case CultureSensitiveTextIsSignedAnalyzer.InsertProvider when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                rewrites[invocation] = rewritten =>
                {
                    var call = (InvocationExpressionSyntax)rewritten;
                    return call.WithArgumentList(call.ArgumentList.WithArguments(call.ArgumentList.Arguments.Insert(0, SyntaxFactory.Argument(InvariantCulture()))));
                };
                break;

            case CultureSensitiveTextIsSignedAnalyzer.WrapInterpolation when interpolationFix != InterpolationFix.None
                && node.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>() is { } interpolated:
                rewrites[interpolated] = rewritten => Wrap((ExpressionSyntax)rewritten, interpolationFix);
                break;

            case CultureSensitiveTextIsSignedAnalyzer.CallToString when node is ExpressionSyntax operand:
                bool nullableOperand = model.GetTypeInfo(operand, cancellationToken).Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
                rewrites[operand] = rewritten =>
                    InvariantToString(((ExpressionSyntax)rewritten).WithoutTrivia(), nullableOperand).WithTriviaFrom(rewritten);
                break;
        }
    }

    private enum InterpolationFix
    {
        /// <summary>Neither: a target without <c>FormattableString</c> (.NET Framework 4.5, netstandard1.2) gets no fix.</summary>
        None,
        StringCreate,
        FormattableStringInvariant,
    }

    // string.Create(IFormatProvider, ref DefaultInterpolatedStringHandler) is .NET 6 and C# 10 on; a polyfilled handler
    // type on netstandard2.0 does not bring the overload, so the overload itself is looked up.
    private static InterpolationFix InterpolationFixOf(Compilation compilation, ParseOptions options)
    {
        bool stringCreate = ((CSharpParseOptions)options).LanguageVersion >= LanguageVersion.CSharp10
            && compilation.GetSpecialType(SpecialType.System_String).GetMembers("Create").OfType<IMethodSymbol>()
                .Any(static method => method.IsStatic && method.Parameters.Length == 2 && FormattingFacts.IsFormatProvider(method.Parameters[0].Type));
        if (stringCreate)
        {
            return InterpolationFix.StringCreate;
        }

        return compilation.GetTypeByMetadataName("System.FormattableString")?.GetMembers("Invariant").IsEmpty == false
            ? InterpolationFix.FormattableStringInvariant
            : InterpolationFix.None;
    }

    private static InvocationExpressionSyntax Wrap(ExpressionSyntax interpolated, InterpolationFix fix)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(interpolated.WithoutTrivia()));
        ExpressionSyntax method = fix == InterpolationFix.StringCreate
            ? SyntaxFactory.ParseExpression("string.Create")
            : SyntaxFactory.ParseExpression("global::System.FormattableString.Invariant").WithAdditionalAnnotations(Simplifier.Annotation);
        if (fix == InterpolationFix.StringCreate)
        {
            arguments = arguments.Insert(0, SyntaxFactory.Argument(InvariantCulture()));
        }

        return SyntaxFactory.InvocationExpression(method, SyntaxFactory.ArgumentList(arguments)).WithTriviaFrom(interpolated);
    }

    private static ExpressionSyntax InvariantToString(ExpressionSyntax value, bool nullable)
    {
        ExpressionSyntax receiver = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax
            ? value
            : SyntaxFactory.ParenthesizedExpression(value);
        ArgumentListSyntax arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(InvariantCulture())));
        return nullable
            ? SyntaxFactory.ConditionalAccessExpression(
                receiver,
                SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(SyntaxFactory.IdentifierName("ToString")), arguments))
            : SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("ToString")),
                arguments);
    }

    // The statement (or expression body, or member initializer) that holds node; inside the header of an if, a loop
    // or a using, the expression of the header.
    private static SyntaxNode Statement(SyntaxNode node)
    {
        SyntaxNode previous = node;
        for (SyntaxNode? current = node; current is not null; previous = current, current = current.Parent)
        {
            switch (current)
            {
                case ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax or YieldStatementSyntax
                    or ThrowStatementSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }:
                    return current;
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax }:
                    return current;
                case StatementSyntax or MemberDeclarationSyntax:
                    return previous;
            }
        }

        return node;
    }

    // Written qualified and simplified by the code action's cleanup: CultureInfo.InvariantCulture where the file has
    // "using System.Globalization;", System.Globalization.CultureInfo.InvariantCulture otherwise. Adding the using from
    // each fix would make Fix All conflict (the same insertion from every fix).
    private static ExpressionSyntax InvariantCulture() =>
        SyntaxFactory.ParseExpression("global::System.Globalization.CultureInfo.InvariantCulture").WithAdditionalAnnotations(Simplifier.Annotation);
}
