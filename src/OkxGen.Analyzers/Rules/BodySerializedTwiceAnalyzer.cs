using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX016: the request content is built from an object (<c>JsonContent.Create(x)</c>, <c>PostAsJsonAsync(url, x)</c>,
/// <c>new StringContent(JsonConvert.SerializeObject(x))</c>) while a separate serialization of the same local or
/// parameter <c>x</c> reaches a signature in the same method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BodySerializedTwiceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.BodySerializedTwice);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (SignatureSinks.Create(start.Compilation) is not { } sinks || SerializationSymbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationAction(context => AnalyzeInvocation(context, sinks, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(context => AnalyzeCreation(context, sinks, symbols), OperationKind.ObjectCreation);
        });
    }

    // JsonContent.Create(x), client.PostAsJsonAsync(url, x): the content is a serialization of x made by the HTTP helper.
    private static void AnalyzeInvocation(OperationAnalysisContext context, SignatureSinks sinks, SerializationSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (symbols.IsContentHelper(invocation.TargetMethod) && SerializedSymbol(invocation) is { } serialized)
        {
            ReportIfSignedElsewhere(context, sinks.FlowOf(invocation), symbols, invocation, serialized, except: null);
        }
    }

    // new StringContent(JsonConvert.SerializeObject(x)), new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(x)).
    private static void AnalyzeCreation(OperationAnalysisContext context, SignatureSinks sinks, SerializationSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 0
            || !(SymbolEqualityComparer.Default.Equals(creation.Type, symbols.StringContent)
                 || SymbolEqualityComparer.Default.Equals(creation.Type, symbols.ByteArrayContent))
            || FormattingFacts.WithoutConversions(creation.Arguments[0].Value) is not IInvocationOperation inner
            || !symbols.IsSerializer(inner.TargetMethod)
            || SerializedSymbol(inner) is not { } serialized)
        {
            return;
        }

        ReportIfSignedElsewhere(context, sinks.FlowOf(creation), symbols, creation, serialized, except: inner);
    }

    private static void ReportIfSignedElsewhere(
        OperationAnalysisContext context, SignatureFlow flow, SerializationSymbols symbols, IOperation content, ISymbol serialized, IOperation? except)
    {
        foreach (IOperation block in flow.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IInvocationOperation other && other != except && symbols.IsSerializer(other.TargetMethod)
                    && SymbolEqualityComparer.Default.Equals(SerializedSymbol(other), serialized)
                    && flow.Find(other, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.BodySerializedTwice, content.Syntax.GetLocation(), serialized.Name, SignatureHit.Where(other.Syntax), hit.Describe()));
                    return;
                }
            }
        }
    }

    // The local or parameter given as the serialized value; anything else (a field, a call, a new object) is not compared.
    private static ISymbol? SerializedSymbol(IInvocationOperation invocation) =>
        SerializationSymbols.ValueArgument(invocation) is { } argument
            ? FormattingFacts.WithoutConversions(argument.Value) switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            }
            : null;
}
