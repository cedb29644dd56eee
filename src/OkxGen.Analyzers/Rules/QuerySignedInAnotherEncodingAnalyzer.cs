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
/// OKX042: the request URI (its query) is signed in another encoding than the request sends it. A general rule: true of any
/// API that signs the query as it goes on the wire.
/// </summary>
/// <remarks>
/// <para>Two shapes, each reported where the signed text is made:</para>
/// <list type="bullet">
/// <item>decoded: <c>Uri.UnescapeDataString</c>, <c>UrlDecode</c> or <c>Uri.ToString()</c> of a URI that is sent
/// (<c>request.RequestUri</c>, or a local, parameter or field given as a request's URI in the same method) reaches a
/// signature;</item>
/// <item>escaped differently: a value escaped one way (<c>Uri.EscapeDataString</c>, <c>WebUtility.UrlEncode</c>...) is signed
/// while the URI sent in the same method holds it escaped another way or not at all, or the other way round.</item>
/// </list>
/// <para>The sent side is seen through locals written once; what it cannot see it leaves alone.</para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class QuerySignedInAnotherEncodingAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 8;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.QuerySignedInAnotherEncoding);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (SignatureSinks.Create(start.Compilation) is not { } sinks
                || start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage") is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var state = new BlockState(new SignatureFlow(sinks, block.OperationBlocks));
                block.RegisterOperationAction(
                    context =>
                    {
                        var invocation = (IInvocationOperation)context.Operation;
                        if (UriEncoding.IsDecoder(invocation))
                        {
                            AnalyzeDecoded(context, state, invocation);
                        }
                        else if (UriEncoding.IsEncoder(invocation))
                        {
                            AnalyzeEncoded(context, state, invocation);
                        }
                    },
                    OperationKind.Invocation);
            });
        });
    }

    // Uri.UnescapeDataString(request.RequestUri.PathAndQuery), signed, while the request sends the URI escaped.
    private static void AnalyzeDecoded(OperationAnalysisContext context, BlockState state, IInvocationOperation decode)
    {
        if (UriEncoding.Operand(decode) is not { } operand)
        {
            return;
        }

        IOperation uri = UriOf(operand);
        if (uri is ILocalReferenceOperation local && state.Flow.SingleValueOf(local.Local) is { } value && UriEncoding.IsRequestUri(UriOf(value)))
        {
            uri = UriOf(value);
        }

        IOperation? sent;
        if (UriEncoding.IsRequestUri(uri))
        {
            sent = WhereRequestUriIsSet((IPropertyReferenceOperation)uri, state.Flow, context.CancellationToken) ?? uri;
        }
        else if (SymbolOf(uri) is { } symbol)
        {
            sent = null;
            foreach (IOperation sentUri in state.SentUris)
            {
                if (state.Uses(sentUri, symbol).Count > 0)
                {
                    sent = sentUri;
                    break;
                }
            }
        }
        else
        {
            return;
        }

        if (sent is not null && state.Flow.Find(decode, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit)
        {
            Report(context, state, decode, hit, $"unescaped by {NameOf(decode)}", sent, "escaped, as the URI keeps it");
        }
    }

    // Uri.EscapeDataString(ids) signed while the URI sent holds ids as it is or escaped another way; or ids signed as it is
    // while the URI sent holds Uri.EscapeDataString(ids).
    private static void AnalyzeEncoded(OperationAnalysisContext context, BlockState state, IInvocationOperation encode)
    {
        if (state.SentUris.Count == 0 || UriEncoding.Operand(encode) is not { } operand || SymbolOf(operand) is not { } symbol)
        {
            return;
        }

        CancellationToken cancellationToken = context.CancellationToken;
        bool encodeIsSent = false;
        IOperation? sentOtherwise = null;
        foreach (IOperation sentUri in state.SentUris)
        {
            List<IOperation> uses = state.Uses(sentUri, symbol);
            if (uses.Contains(encode))
            {
                encodeIsSent = true;
            }
            else
            {
                foreach (IOperation use in uses)
                {
                    if (use is not IInvocationOperation other || !SymbolEqualityComparer.Default.Equals(other.TargetMethod, encode.TargetMethod))
                    {
                        sentOtherwise ??= use;
                    }
                }
            }
        }

        if (!encodeIsSent)
        {
            if (sentOtherwise is not null && state.Flow.Find(encode, SignatureSinkKind.AnySignature, okxOnly: false, cancellationToken) is { } hit)
            {
                Report(context, state, encode, hit, $"escaped by {NameOf(encode)}", sentOtherwise, FormOf(sentOtherwise));
            }

            return;
        }

        // The escaped value is sent: a read of the same value, as it is, that reaches a signature is signed unescaped.
        foreach (IOperation block in state.Flow.OperationBlocks)
        {
            foreach (IOperation read in block.Descendants())
            {
                if (SymbolEqualityComparer.Default.Equals(SymbolOf(read), symbol) && !IsEscaped(read) && !state.IsSent(read)
                    && state.Flow.Find(read, SignatureSinkKind.AnySignature, okxOnly: false, cancellationToken) is { } hit)
                {
                    Report(context, state, read, hit, "as it is, unescaped", encode, $"escaped by {NameOf(encode)}");
                    return;
                }
            }
        }
    }

    private static void Report(OperationAnalysisContext context, BlockState state, IOperation signed, SignatureHit hit, string signedForm, IOperation sent, string sentForm)
    {
        if (!state.Reported.TryAdd(signed.Syntax))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.QuerySignedInAnotherEncoding,
            signed.Syntax.GetLocation(),
            signed.Syntax.ToString(),
            SignatureHit.Where(signed.Syntax),
            hit.Describe(),
            signedForm,
            sent.Syntax.ToString(),
            SignatureHit.Where(sent.Syntax),
            sentForm));
    }

    private static string NameOf(IInvocationOperation invocation) =>
        $"{invocation.TargetMethod.ContainingType.Name}.{invocation.TargetMethod.Name}";

    private static string FormOf(IOperation use) => use is IInvocationOperation encoder ? $"escaped by {NameOf(encoder)}" : "as it is, unescaped";

    // The URI under uri.PathAndQuery, uri.Query, uri?.AbsoluteUri, uri.GetComponents(...); the operation itself otherwise.
    private static IOperation UriOf(IOperation operation)
    {
        operation = FormattingFacts.WithoutConversions(operation);
        return operation switch
        {
            IPropertyReferenceOperation { Instance: { } instance } part when IsUriText(part) => FormattingFacts.WithoutConversions(instance),
            IConditionalAccessOperation { Operation: { } instance, WhenNotNull: IPropertyReferenceOperation part } when IsUriText(part) =>
                FormattingFacts.WithoutConversions(instance),
            IInvocationOperation { TargetMethod.Name: "GetComponents", Instance: { } instance } when TypeFacts.Is(instance.Type, "Uri", "System") =>
                FormattingFacts.WithoutConversions(instance),
            _ => operation,
        };
    }

    private static bool IsUriText(IPropertyReferenceOperation property) =>
        property.Property.Name is "PathAndQuery" or "Query" or "AbsoluteUri" or "AbsolutePath" or "OriginalString" or "LocalPath"
        && TypeFacts.Is(property.Property.ContainingType, "Uri", "System");

    private static ISymbol? SymbolOf(IOperation operation) => FormattingFacts.WithoutConversions(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    private static bool IsEscaped(IOperation read)
    {
        IOperation? parent = read.Parent;
        while (parent is IConversionOperation or IArgumentOperation)
        {
            parent = parent.Parent;
        }

        return parent is IInvocationOperation invocation && (UriEncoding.IsEncoder(invocation) || UriEncoding.IsDecoder(invocation));
    }

    // request.RequestUri where request is a local made here, or a parameter whose callers (one level) pass such a local:
    // the URI the request was made with, to name the sent side where it is written.
    private static IOperation? WhereRequestUriIsSet(IPropertyReferenceOperation requestUri, SignatureFlow flow, CancellationToken cancellationToken)
    {
        switch (requestUri.Instance is { } instance ? FormattingFacts.WithoutConversions(instance) : null)
        {
            case ILocalReferenceOperation local when flow.SingleValueOf(local.Local) is IObjectCreationOperation creation:
                return SentUriOf(creation);
            case IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter }:
                foreach (IOperation use in flow.Index.UsesOf(method, cancellationToken))
                {
                    if (use is IInvocationOperation call && CreationPassedAs(call, parameter.Ordinal) is { } creation && SentUriOf(creation) is { } uri)
                    {
                        return uri;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // The new HttpRequestMessage(...) given as argument ordinal of call, directly or through a local declared with it.
    private static IObjectCreationOperation? CreationPassedAs(IInvocationOperation call, int ordinal)
    {
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal != ordinal)
            {
                continue;
            }

            switch (FormattingFacts.WithoutConversions(argument.Value))
            {
                case IObjectCreationOperation creation:
                    return creation;
                case ILocalReferenceOperation local:
                    IOperation root = call;
                    while (root.Parent is { } parent)
                    {
                        root = parent;
                    }

                    foreach (IOperation operation in root.Descendants())
                    {
                        if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                        {
                            return FormattingFacts.WithoutConversions(declarator.GetVariableInitializer()?.Value ?? declarator) as IObjectCreationOperation;
                        }
                    }

                    return null;
            }
        }

        return null;
    }

    private static IOperation? SentUriOf(IObjectCreationOperation creation)
    {
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (UriEncoding.SentUri(argument) is { } uri)
            {
                return uri;
            }
        }

        foreach (IOperation member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (UriEncoding.SentUri(member) is { } uri)
            {
                return uri;
            }
        }

        return null;
    }
}
