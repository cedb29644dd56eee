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
using Microsoft.CodeAnalysis.Simplification;
using OkxGen.Analyzers;
using OkxGen.Analyzers.Internals;

namespace OkxGen.CodeFixes;

/// <summary>
/// OKX015: writes the timestamp in OKX's form, <c>OkxSigner.FormatTimestamp(instant)</c> where OkxGen.Runtime is
/// referenced, <c>instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)</c>
/// elsewhere. The instant is the one the code formatted (<c>DateTime.Now</c> becomes <c>DateTime.UtcNow</c>); a Unix
/// time (<c>DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()</c>) is written from the instant it was taken from.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidSigningTimestampCodeFixProvider))]
[Shared]
public sealed class InvalidSigningTimestampCodeFixProvider : CodeFixProvider
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.fffZ";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidSigningTimestamp);

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

        bool runtime = HasFormatTimestamp(model.Compilation);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node
                || Target(node, model, context.CancellationToken) is not { } target)
            {
                continue;
            }

            string title = runtime ? "Use OkxSigner.FormatTimestamp" : $"Format as {Format} in UTC with CultureInfo.InvariantCulture";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target.Replaced, Rewrite(target, runtime, model)))),
                    equivalenceKey: nameof(InvalidSigningTimestampCodeFixProvider) + runtime),
                diagnostic);
        }
    }

    // What is replaced, and the DateTime or DateTimeOffset expression whose instant the new text writes.
    private readonly record struct FixTarget(SyntaxNode Replaced, ExpressionSyntax Instant);

    private static FixTarget? Target(ExpressionSyntax node, SemanticModel model, CancellationToken cancellationToken)
    {
        // $"{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}": the hole with its format clause, or the whole string when it is only that.
        if (node.Parent is InterpolationSyntax hole && hole.Expression == node)
        {
            if (!IsDate(node, model, cancellationToken))
            {
                return null;
            }

            return hole is { AlignmentClause: null, Parent: InterpolatedStringExpressionSyntax { Contents.Count: 1 } whole }
                ? new FixTarget(whole, node)
                : new FixTarget(hole, node);
        }

        // time.ToString(...), or the text of a Unix time: ...ToUnixTimeSeconds().ToString(), $"{...ToUnixTimeSeconds()}".
        ExpressionSyntax? formatted = node switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } access } => access.Expression,
            InterpolatedStringExpressionSyntax { Contents: [InterpolationSyntax only] } => only.Expression,
            _ => null,
        };
        if (formatted is null)
        {
            return null;
        }

        if (IsDate(formatted, model, cancellationToken))
        {
            return new FixTarget(node, formatted);
        }

        // The instant a Unix time was taken from: the receiver of the one ToUnixTime* call in the text.
        ExpressionSyntax? instant = null;
        foreach (InvocationExpressionSyntax call in formatted.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToUnixTimeSeconds" or "ToUnixTimeMilliseconds" } unix
                && IsDate(unix.Expression, model, cancellationToken))
            {
                if (instant is not null)
                {
                    return null;
                }

                instant = unix.Expression;
            }
        }

        return instant is null ? null : new FixTarget(node, instant);
    }

    private static SyntaxNode Rewrite(FixTarget target, bool runtime, SemanticModel model)
    {
        ExpressionSyntax instant = UtcInstant(target.Instant, model, out bool knownUtc);
        ExpressionSyntax text;
        if (runtime)
        {
            text = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::OkxGen.OkxSigner.FormatTimestamp").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(instant))));
        }
        else
        {
            ExpressionSyntax utc = knownUtc ? instant : Call(Receiver(instant), "ToUniversalTime");
            text = Call(
                utc,
                "ToString",
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Format)),
                SyntaxFactory.ParseExpression("global::System.Globalization.CultureInfo.InvariantCulture").WithAdditionalAnnotations(Simplifier.Annotation));
        }

        return target.Replaced is InterpolationSyntax hole
            ? SyntaxFactory.Interpolation(text).WithAlignmentClause(hole.AlignmentClause).WithTriviaFrom(hole)
            : text.WithTriviaFrom(target.Replaced);
    }

    // DateTime.Now and DateTimeOffset.Now become UtcNow; whether the instant is known to be UTC already.
    private static ExpressionSyntax UtcInstant(ExpressionSyntax instant, SemanticModel model, out bool knownUtc)
    {
        ISymbol? symbol = model.GetSymbolInfo(instant).Symbol;
        instant = instant.WithoutTrivia();
        if (symbol is IPropertySymbol { IsStatic: true, Name: "Now" } && instant is MemberAccessExpressionSyntax now)
        {
            knownUtc = true;
            return now.WithName(SyntaxFactory.IdentifierName("UtcNow"));
        }

        knownUtc = symbol is IPropertySymbol { Name: "UtcNow" or "UtcDateTime" } or IMethodSymbol { Name: "ToUniversalTime" };
        return instant;
    }

    private static bool IsDate(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetTypeInfo(expression, cancellationToken).Type is { } type
        && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
        && TypeFacts.IsDate(type);

    private static bool HasFormatTimestamp(Compilation compilation) =>
        compilation.GetTypeByMetadataName("OkxGen.OkxSigner") is { DeclaredAccessibility: Accessibility.Public } signer
        && !signer.GetMembers("FormatTimestamp").IsEmpty;

    private static ExpressionSyntax Receiver(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression);

    private static InvocationExpressionSyntax Call(ExpressionSyntax receiver, string name, params ExpressionSyntax[] arguments) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Receiver(receiver), SyntaxFactory.IdentifierName(name)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.Argument))));
}
