using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX017: a GET whose request URI, built in the method, carries a query string (a <c>?</c> in a literal, an
/// interpolation or a concatenated part), while the path signed in the same method is provably that URI's path
/// without the query: it ends with the same path literal, or the same local, parameter or field, and nothing follows.
/// </summary>
/// <remarks>
/// Both texts are flattened into literal text and opaque values (locals written once are replaced by their initializer);
/// an opaque value after the signed path (a body parameter, an unknown query local) makes the rule stay silent.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QueryStringNotSignedAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.QueryStringNotSigned);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? httpClient = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            INamedTypeSymbol? requestMessage = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
            INamedTypeSymbol? uri = start.Compilation.GetTypeByMetadataName("System.Uri");
            if (SignatureSinks.Create(start.Compilation) is not { } sinks || httpClient is null || requestMessage is null)
            {
                return;
            }

            INamedTypeSymbol? jsonExtensions = start.Compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
            INamedTypeSymbol? okxSigner = start.Compilation.GetTypeByMetadataName("OkxGen.OkxSigner");
            INamedTypeSymbol? okxCredentials = start.Compilation.GetTypeByMetadataName("OkxGen.OkxCredentials");
            start.RegisterOperationBlockStartAction(block =>
            {
                var state = new BlockState(new SignatureFlow(sinks, block.OperationBlocks), uri, okxSigner, okxCredentials);
                block.RegisterOperationAction(
                    context =>
                    {
                        var invocation = (IInvocationOperation)context.Operation;
                        IMethodSymbol method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
                        bool isGet = method.Name switch
                        {
                            "GetAsync" or "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync" =>
                                SymbolEqualityComparer.Default.Equals(method.ContainingType, httpClient),
                            "GetFromJsonAsync" => SymbolEqualityComparer.Default.Equals(method.ContainingType, jsonExtensions),
                            _ => false,
                        };
                        if (isGet && Argument(invocation.Arguments, "requestUri") is { } sent)
                        {
                            Analyze(context, state, sent);
                        }
                    },
                    OperationKind.Invocation);
                block.RegisterOperationAction(
                    context =>
                    {
                        var creation = (IObjectCreationOperation)context.Operation;
                        if (SymbolEqualityComparer.Default.Equals(creation.Type, requestMessage) && SentGetUri(creation) is { } sent)
                        {
                            Analyze(context, state, sent);
                        }
                    },
                    OperationKind.ObjectCreation);
            });
        });
    }

    // new HttpRequestMessage(HttpMethod.Get, uri) or new HttpRequestMessage { Method = HttpMethod.Get, RequestUri = uri }.
    private static IOperation? SentGetUri(IObjectCreationOperation creation)
    {
        if (Argument(creation.Arguments, "method") is { } method)
        {
            return IsGet(method) ? Argument(creation.Arguments, "requestUri") : null;
        }

        IOperation? methodValue = null;
        IOperation? uriValue = null;
        foreach (IOperation member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                if (target.Property.Name == "Method")
                {
                    methodValue = assignment.Value;
                }
                else if (target.Property.Name == "RequestUri")
                {
                    uriValue = assignment.Value;
                }
            }
        }

        return methodValue is not null && IsGet(methodValue) ? uriValue : null;
    }

    private static bool IsGet(IOperation method) => FormattingFacts.WithoutConversions(method) switch
    {
        IPropertyReferenceOperation { Property: { Name: "Get", IsStatic: true } property } => property.ContainingType.Name == "HttpMethod",
        IObjectCreationOperation { Arguments.Length: 1 } creation => creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: "GET" },
        _ => false,
    };

    private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static void Analyze(OperationAnalysisContext context, BlockState state, IOperation sent)
    {
        List<TextPart> sentParts = state.Flatten(sent);
        List<TextPart>? prefix = BeforeQuery(sentParts);
        if (prefix is null || prefix.Count == 0)
        {
            return;
        }

        foreach ((IOperation signed, string signedBy) in state.SignedPaths(context.CancellationToken))
        {
            List<TextPart> signedParts = state.Flatten(signed);
            if (!HasQuestionMark(signedParts) && EndsWithSentPath(signedParts, prefix) && state.Reported.TryAdd(signed.Syntax))
            {
                string shown = sent.ConstantValue is { HasValue: true, Value: string literal } ? literal : sent.Syntax.ToString();
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.QueryStringNotSigned, signed.Syntax.GetLocation(), shown, signedBy, SignatureHit.Where(sent.Syntax)));
            }
        }
    }

    // The parts of the sent URI before its first '?', merged; null when no literal part holds a '?'.
    private static List<TextPart>? BeforeQuery(List<TextPart> parts)
    {
        var prefix = new List<TextPart>();
        foreach (TextPart part in parts)
        {
            if (part.Text is { } text && text.IndexOf('?') is int index and >= 0)
            {
                TextFlattener.Append(prefix, new TextPart(text.Substring(0, index), null));
                return prefix;
            }

            TextFlattener.Append(prefix, part);
        }

        return null;
    }

    private static bool HasQuestionMark(List<TextPart> parts)
    {
        foreach (TextPart part in parts)
        {
            if (part.Text is { } text && text.IndexOf('?') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The signed text ends with what the sent URI has just before its '?': the same value, or a path literal that the
    // sent text ends with. Anything after it in the signed text (an opaque value) could be the query: no report.
    private static bool EndsWithSentPath(List<TextPart> signed, List<TextPart> sentPrefix)
    {
        if (signed.Count == 0)
        {
            return false;
        }

        TextPart last = signed[signed.Count - 1];
        TextPart sentLast = sentPrefix[sentPrefix.Count - 1];
        if (last.Symbol is not null)
        {
            return SymbolEqualityComparer.Default.Equals(last.Symbol, sentLast.Symbol);
        }

        if (last.Text is not { } text || sentLast.Text is not { } sentText)
        {
            return false;
        }

        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        string path = text.Substring(slash);
        return path.Length > 1 && sentText.EndsWith(path, System.StringComparison.Ordinal);
    }

    /// <summary>What one operation block knows: its flow, its locals written once, its signed paths; each computed once.</summary>
    private sealed class BlockState
    {
        private readonly SignatureFlow _flow;
        private readonly INamedTypeSymbol? _uri;
        private readonly INamedTypeSymbol? _okxSigner;
        private readonly INamedTypeSymbol? _okxCredentials;
        private List<(IOperation Path, string SignedBy)>? _signedPaths;

        public BlockState(SignatureFlow flow, INamedTypeSymbol? uri, INamedTypeSymbol? okxSigner, INamedTypeSymbol? okxCredentials)
        {
            _flow = flow;
            _uri = uri;
            _okxSigner = okxSigner;
            _okxCredentials = okxCredentials;
        }

        public ReportedNodes Reported { get; } = new();

        public List<TextPart> Flatten(IOperation operation) => TextFlattener.Flatten(operation, _flow.SingleValueOf, _uri);

        /// <summary>
        /// The texts that are signed and can hold a request path: the <c>requestPath</c> argument of <c>OkxSigner.Sign</c>
        /// and <c>OkxCredentials.Sign</c>, and every outermost string concatenation or interpolation that reaches a signature;
        /// each with the signing call, for the message.
        /// </summary>
        public List<(IOperation Path, string SignedBy)> SignedPaths(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _signedPaths) is { } known)
            {
                return known;
            }

            var found = new List<(IOperation Path, string SignedBy)>();
            foreach (IOperation block in _flow.OperationBlocks)
            {
                foreach (IOperation operation in block.Descendants())
                {
                    switch (operation)
                    {
                        case IInvocationOperation { TargetMethod.Name: "Sign" } invocation
                            when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _okxSigner)
                                || SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _okxCredentials):
                            if (Argument(invocation.Arguments, "requestPath") is { } path)
                            {
                                found.Add((path, $"{invocation.TargetMethod.ContainingType.Name}.{invocation.TargetMethod.Name} ({SignatureHit.Where(invocation.Syntax)})"));
                            }

                            break;

                        case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation
                            when concatenation.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }
                                && !IsSignerArgument(concatenation)
                                && _flow.Find(concatenation, SignatureSinkKind.AnySignature, okxOnly: false, cancellationToken) is { } concatenated:
                            found.Add((concatenation, concatenated.Describe()));
                            break;

                        case IInterpolatedStringOperation interpolated
                            when interpolated.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }
                                && !IsSignerArgument(interpolated)
                                && _flow.Find(interpolated, SignatureSinkKind.AnySignature, okxOnly: false, cancellationToken) is { } hit:
                            found.Add((interpolated, hit.Describe()));
                            break;
                    }
                }
            }

            Interlocked.CompareExchange(ref _signedPaths, found, null);
            return _signedPaths!;
        }

        // The requestPath argument itself is taken whole; its inner concatenation is not a second candidate.
        private bool IsSignerArgument(IOperation operation)
        {
            IOperation? parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IArgumentOperation { Parameter.Name: "requestPath", Parent: IInvocationOperation invocation }
                && (SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _okxSigner)
                    || SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _okxCredentials));
        }
    }
}
