using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;

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
            if (SignatureSinks.Create(start.Compilation) is not { } sinks || Symbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var flow = new SignatureFlow(sinks, block.OperationBlocks);
                block.RegisterOperationAction(context => AnalyzeInvocation(context, flow, symbols), OperationKind.Invocation);
                block.RegisterOperationAction(context => AnalyzeCreation(context, flow, symbols), OperationKind.ObjectCreation);
            });
        });
    }

    // JsonContent.Create(x), client.PostAsJsonAsync(url, x): the content is a serialization of x made by the HTTP helper.
    private static void AnalyzeInvocation(OperationAnalysisContext context, SignatureFlow flow, Symbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        INamedTypeSymbol type = method.ContainingType;
        bool isContentHelper =
            (method.Name == "Create" && SymbolEqualityComparer.Default.Equals(type, symbols.JsonContent))
            || (method.Name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync"
                && SymbolEqualityComparer.Default.Equals(type, symbols.HttpClientJsonExtensions));
        if (isContentHelper && SerializedSymbol(invocation, "value", "inputValue") is { } serialized)
        {
            ReportIfSignedElsewhere(context, flow, symbols, invocation, serialized, except: null);
        }
    }

    // new StringContent(JsonConvert.SerializeObject(x)), new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(x)).
    private static void AnalyzeCreation(OperationAnalysisContext context, SignatureFlow flow, Symbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 0
            || !(SymbolEqualityComparer.Default.Equals(creation.Type, symbols.StringContent)
                 || SymbolEqualityComparer.Default.Equals(creation.Type, symbols.ByteArrayContent))
            || FormattingFacts.WithoutConversions(creation.Arguments[0].Value) is not IInvocationOperation inner
            || !symbols.IsSerializer(inner.TargetMethod)
            || SerializedSymbol(inner, "value", "o") is not { } serialized)
        {
            return;
        }

        ReportIfSignedElsewhere(context, flow, symbols, creation, serialized, except: inner);
    }

    private static void ReportIfSignedElsewhere(
        OperationAnalysisContext context, SignatureFlow flow, Symbols symbols, IOperation content, ISymbol serialized, IOperation? except)
    {
        foreach (IOperation block in flow.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IInvocationOperation other && other != except && symbols.IsSerializer(other.TargetMethod)
                    && SymbolEqualityComparer.Default.Equals(SerializedSymbol(other, "value", "o"), serialized)
                    && flow.Reaches(other, SignatureSinkKind.AnySignature, context.CancellationToken))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BodySerializedTwice, content.Syntax.GetLocation(), serialized.Name));
                    return;
                }
            }
        }
    }

    // The local or parameter given as the serialized value; anything else (a field, a call, a new object) is not compared.
    private static ISymbol? SerializedSymbol(IInvocationOperation invocation, string name, string alternative)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name || argument.Parameter?.Name == alternative)
            {
                return FormattingFacts.WithoutConversions(argument.Value) switch
                {
                    ILocalReferenceOperation local => local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>The HTTP content and serializer types, resolved once; a compilation without HTTP content is not analysed.</summary>
    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            JsonContent = compilation.GetTypeByMetadataName("System.Net.Http.Json.JsonContent");
            HttpClientJsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
            StringContent = compilation.GetTypeByMetadataName("System.Net.Http.StringContent");
            ByteArrayContent = compilation.GetTypeByMetadataName("System.Net.Http.ByteArrayContent");
            JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
            JsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
            JObject = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JObject");
            JToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
        }

        public INamedTypeSymbol? JsonContent { get; }

        public INamedTypeSymbol? HttpClientJsonExtensions { get; }

        public INamedTypeSymbol? StringContent { get; }

        public INamedTypeSymbol? ByteArrayContent { get; }

        private INamedTypeSymbol? JsonSerializer { get; }

        private INamedTypeSymbol? JsonConvert { get; }

        private INamedTypeSymbol? JObject { get; }

        private INamedTypeSymbol? JToken { get; }

        public static Symbols? Create(Compilation compilation)
        {
            var symbols = new Symbols(compilation);
            bool canSend = symbols.JsonContent is not null || symbols.HttpClientJsonExtensions is not null || symbols.StringContent is not null;
            bool canSerialize = symbols.JsonSerializer is not null || symbols.JsonConvert is not null;
            return canSend && canSerialize ? symbols : null;
        }

        /// <summary>A reflection serialization whose result is the text of its value: STJ, Newtonsoft, <c>JObject.FromObject</c>.</summary>
        public bool IsSerializer(IMethodSymbol method)
        {
            INamedTypeSymbol type = method.ContainingType;
            return method.IsStatic && method.Name switch
            {
                "Serialize" or "SerializeToUtf8Bytes" => SymbolEqualityComparer.Default.Equals(type, JsonSerializer),
                "SerializeObject" => SymbolEqualityComparer.Default.Equals(type, JsonConvert),
                "FromObject" => SymbolEqualityComparer.Default.Equals(type, JObject) || SymbolEqualityComparer.Default.Equals(type, JToken),
                _ => false,
            };
        }
    }
}
