using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OkxGen.Analyzers.Flow;

/// <summary>
/// What the interprocedural walk needs to know about the whole compilation, computed lazily and once per compilation
/// (every rule shares it): the bodies of source methods and getters, the uses of a member, the local reads of an
/// operation tree, and which types are OKX's.
/// </summary>
/// <remarks>
/// Uses are found by name first (a search of the source text of the files that spell the name, see <see cref="WordIndex"/>,
/// or of the declaring type for a private member), then bound one by one, so that only the members a walk actually reaches
/// cost a binding and no tree is walked node by node.
/// </remarks>
internal sealed class CompilationIndex
{
    private const string WebSocketVerifyPath = "/users/self/verify";

    private static readonly string[] OkxMarkers = ["OK-ACCESS-", "/api/v5/", "okx.com", WebSocketVerifyPath];

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, IOperation?> _bodies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, List<IOperation>> _uses = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _okxTypes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _webSocketLogins = new(SymbolEqualityComparer.Default);
    private readonly ConditionalWeakTable<IOperation, Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>> _localReads = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly WordIndex _words;
    private readonly ConcurrentDictionary<ISymbol, List<(IMethodSymbol Method, IOperation Body)>> _calledBodies = new(SymbolEqualityComparer.Default);

    public CompilationIndex(Compilation compilation)
    {
        _compilation = compilation;
        _words = new WordIndex(compilation);
    }

    /// <summary>The body of a method or property getter declared in source; <see langword="null"/> for metadata or abstract members.</summary>
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        _bodies.GetOrAdd(method.OriginalDefinition, symbol => Bind((IMethodSymbol)symbol, cancellationToken));

    /// <summary>
    /// The source bodies a call of <paramref name="method"/> can run: its own, and for a virtual, abstract or interface
    /// method those of its overrides and implementations in the compilation.
    /// </summary>
    public List<(IMethodSymbol Method, IOperation Body)> BodiesCalledBy(IMethodSymbol method, CancellationToken cancellationToken) =>
        _calledBodies.GetOrAdd(method.OriginalDefinition, symbol => FindCalledBodies((IMethodSymbol)symbol, cancellationToken));

    /// <summary>
    /// The members a call can name to run <paramref name="member"/>: itself, the members it overrides and the interface
    /// members it implements.
    /// </summary>
    public static List<ISymbol> CalledAs(ISymbol member)
    {
        var names = new List<ISymbol> { member };
        for (ISymbol? overridden = Overridden(member); overridden is not null; overridden = Overridden(overridden))
        {
            names.Add(overridden);
        }

        if (member.ContainingType is { } type)
        {
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                foreach (ISymbol candidate in implemented.GetMembers(member.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                    {
                        names.Add(candidate);
                    }
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Where <paramref name="member"/> (a method, property or field of the compilation) is used: invocations of a method,
    /// reads of a property or field. Private members are looked for in their type only.
    /// </summary>
    public List<IOperation> UsesOf(ISymbol member, CancellationToken cancellationToken) =>
        _uses.GetOrAdd(member.OriginalDefinition, symbol => FindUses(symbol, cancellationToken));

    /// <summary>The identifiers of the compilation spelled <paramref name="name"/>, found by a search of the source text.</summary>
    public IEnumerable<SyntaxToken> IdentifiersNamed(string name, CancellationToken cancellationToken) =>
        IdentifiersNamed(name, TreesSpelling(name, cancellationToken), cancellationToken);

    /// <summary>The reads (not the writes) of each local in the tree of <paramref name="root"/>.</summary>
    public Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> LocalReadsOf(IOperation root) =>
        _localReads.GetValue(root, static r => SignatureFlow.IndexLocalReads(System.Collections.Immutable.ImmutableArray.Create(r)));

    /// <summary>
    /// Whether <paramref name="type"/> (or a type containing it) is OKX's: it is named Okx..., or its source names an OK-ACCESS-* header, an
    /// /api/v5/ path, the okx.com host, the WebSocket verify path, or OkxGen's <c>OkxSigner</c> / <c>OkxCredentials</c>.
    /// </summary>
    public bool IsOkxType(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (_okxTypes.GetOrAdd(current.OriginalDefinition, static symbol => HasOkxMarker((INamedTypeSymbol)symbol)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the source of <paramref name="type"/> holds the WebSocket login's verify path, whose timestamp is Unix seconds.</summary>
    public bool SignsWebSocketLogin(INamedTypeSymbol? type) =>
        type is not null && _webSocketLogins.GetOrAdd(type.OriginalDefinition, static symbol => StringsContain((INamedTypeSymbol)symbol, WebSocketVerifyPath));

    private static bool StringsContain(INamedTypeSymbol type, string text)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in reference.GetSyntax().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.IndexOf(text, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasOkxMarker(INamedTypeSymbol type)
    {
        if (type.Name.IndexOf("Okx", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in reference.GetSyntax().DescendantTokens())
            {
                switch (token.Kind())
                {
                    case SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.Utf8StringLiteralToken
                        or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken:
                        foreach (string marker in OkxMarkers)
                        {
                            if (token.ValueText.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                            {
                                return true;
                            }
                        }

                        break;
                    case SyntaxKind.IdentifierToken when token.ValueText is "OkxSigner" or "OkxCredentials" or "OkxClient":
                        return true;
                }
            }
        }

        return false;
    }

    private IOperation? Bind(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SyntaxNode? body = reference.GetSyntax(cancellationToken) switch
            {
                BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
                ArrowExpressionClauseSyntax arrow => arrow,
                _ => null,
            };
            if (body is not null && ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken) is { } operation)
            {
                return operation;
            }
        }

        return null;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private List<(IMethodSymbol Method, IOperation Body)> FindCalledBodies(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var bodies = new List<(IMethodSymbol Method, IOperation Body)>();
        if (BodyOf(method, cancellationToken) is { } own)
        {
            bodies.Add((method, own));
        }

        if (!(method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface))
        {
            return bodies;
        }

        foreach (SyntaxToken name in IdentifiersNamed(method.Name, cancellationToken))
        {
            if (name.Parent is MethodDeclarationSyntax declaration && declaration.Identifier == name
                && ModelOf(declaration.SyntaxTree).GetDeclaredSymbol(declaration, cancellationToken) is { } candidate
                && !SymbolEqualityComparer.Default.Equals(candidate, method)
                && CalledAs(candidate).Exists(called => SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, method))
                && BodyOf(candidate, cancellationToken) is { } body)
            {
                bodies.Add((candidate, body));
            }
        }

        return bodies;
    }

    private List<IOperation> FindUses(ISymbol member, CancellationToken cancellationToken)
    {
        var uses = new List<IOperation>();
        foreach (SyntaxToken name in IdentifiersNamed(member.Name, ScopeOf(member, cancellationToken), cancellationToken))
        {
            if (name.Parent is IdentifierNameSyntax or GenericNameSyntax && UseAt((SimpleNameSyntax)name.Parent, member, cancellationToken) is { } use)
            {
                uses.Add(use);
            }
        }

        return uses;
    }

    // The invocation or member reference that a name is, when it uses the member.
    private IOperation? UseAt(SimpleNameSyntax name, ISymbol member, CancellationToken cancellationToken)
    {
        ExpressionSyntax expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        SyntaxNode node = expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression ? invocation : expression;
        IOperation? operation = ModelOf(node.SyntaxTree).GetOperation(node, cancellationToken);
        ISymbol? used = operation switch
        {
            IInvocationOperation call => call.TargetMethod,
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        return used is not null && SymbolEqualityComparer.Default.Equals(used.OriginalDefinition, member) ? operation : null;
    }

    // The identifiers spelled name within the scopes. The name is looked for in the text first: a plain search costs much
    // less than walking a tree node by node, and only the places that hold the name become tokens. (An identifier written
    // with a \u escape is not found.)
    private IEnumerable<SyntaxToken> IdentifiersNamed(string name, IEnumerable<(SyntaxTree Tree, TextSpan Span)> scopes, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            yield break;
        }

        foreach ((SyntaxTree tree, TextSpan scope) in scopes)
        {
            string text = TextOf(tree);
            SyntaxNode? root = null;
            for (int position = NextIndexOf(text, name, scope.Start, scope.End); position >= 0; position = NextIndexOf(text, name, position + name.Length, scope.End))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((position == 0 || !WordIndex.IsIdentifierPart(text[position - 1]))
                    && (position + name.Length == text.Length || !WordIndex.IsIdentifierPart(text[position + name.Length])))
                {
                    root ??= tree.GetRoot(cancellationToken);
                    SyntaxToken token = root.FindToken(position);
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                    {
                        yield return token;
                    }
                }
            }
        }
    }

    private static int NextIndexOf(string text, string name, int start, int end) =>
        start + name.Length > end ? -1 : text.IndexOf(name, start, end - start, StringComparison.Ordinal);

    // Where a use of the member can be: the declarations of its type for a private member, the files that spell its name
    // otherwise.
    private IEnumerable<(SyntaxTree Tree, TextSpan Span)> ScopeOf(ISymbol member, CancellationToken cancellationToken) =>
        member.DeclaredAccessibility == Accessibility.Private && member.ContainingType is { } type
            ? type.DeclaringSyntaxReferences.Select(reference => (reference.SyntaxTree, reference.Span))
            : TreesSpelling(member.Name, cancellationToken);

    private IEnumerable<(SyntaxTree Tree, TextSpan Span)> TreesSpelling(string name, CancellationToken cancellationToken) =>
        _words.TreesSpelling(name, cancellationToken).Select(tree => (tree, new TextSpan(0, TextOf(tree).Length)));

    private string TextOf(SyntaxTree tree) => _words.TextOf(tree);

#pragma warning disable RS1030 // The walk follows values into other methods of the compilation; the models are cached here, once per tree.
    private SemanticModel ModelOf(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
}
