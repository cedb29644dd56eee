using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX011: serialization that writes indented JSON whose result reaches a signature: <c>WriteIndented = true</c>,
/// <c>Formatting.Indented</c>, <c>JsonWriterOptions { Indented = true }</c>, <c>JToken.ToString()</c>,
/// <c>JsonNode.ToString()</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IndentedJsonIsSignedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The key of the diagnostic property that tells the code fix what to change.</summary>
    public const string FixKey = "Fix";

    /// <summary>The diagnostic is on <c>WriteIndented = true</c> or <c>Indented = true</c>: set it to <see langword="false"/>.</summary>
    public const string SetFalse = "SetFalse";

    /// <summary>The diagnostic is on <c>Formatting.Indented</c>: use <c>Formatting.None</c>.</summary>
    public const string FormattingNone = "FormattingNone";

    /// <summary>The diagnostic is on <c>token.ToString()</c>: use <c>ToString(Formatting.None)</c>.</summary>
    public const string ToStringFormattingNone = "ToStringFormattingNone";

    /// <summary>The diagnostic is on <c>node.ToString()</c>: use <c>ToJsonString()</c>.</summary>
    public const string ToJsonString = "ToJsonString";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.IndentedJsonIsSigned);

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

            start.RegisterOperationBlockStartAction(block =>
            {
                var flow = new SignatureFlow(sinks, block.OperationBlocks);

                // An options object shared by two signed serializations is reported once, where it is indented.
                var reported = new ConcurrentDictionary<SyntaxNode, bool>();
                block.RegisterOperationAction(context => AnalyzeInvocation(context, flow, symbols, reported), OperationKind.Invocation);
                block.RegisterOperationAction(context => AnalyzeWriter(context, flow, symbols, reported), OperationKind.ObjectCreation);
            });
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SignatureFlow flow, SerializationSymbols symbols, ConcurrentDictionary<SyntaxNode, bool> reported)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol type = method.ContainingType;
        if (SymbolEqualityComparer.Default.Equals(type, symbols.JsonSerializer) && method.Name is "Serialize" or "SerializeToUtf8Bytes")
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, symbols.JsonSerializerOptions)
                    && IndentedBy(argument.Value, "WriteIndented", flow) is { } indented
                    && flow.Find(invocation, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is { } hit)
                {
                    Report(context, indented.Syntax, $"JsonSerializer.{method.Name} with WriteIndented = true", "set WriteIndented to false", SetFalse, hit, reported);
                }
            }
        }
        else if (symbols.JsonConvert is not null && SymbolEqualityComparer.Default.Equals(type, symbols.JsonConvert) && method.Name == "SerializeObject")
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                IOperation? indented = IsIndentedFormatting(argument.Value, symbols) ? argument.Value : IndentedSettings(argument.Value, symbols);
                if (indented is not null && flow.Find(invocation, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is { } hit)
                {
                    Report(context, indented.Syntax, "JsonConvert.SerializeObject with Formatting.Indented", "use Formatting.None", FormattingNone, hit, reported);
                }
            }
        }
        else if (method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance?.Type is { } receiver)
        {
            if (TypeFacts.DerivesFrom(receiver, symbols.JToken))
            {
                if (flow.Find(invocation, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is { } hit)
                {
                    Report(context, invocation.Syntax, $"{receiver.Name}.ToString()", "call ToString(Formatting.None)", ToStringFormattingNone, hit, reported);
                }
            }
            else if (TypeFacts.DerivesFrom(receiver, symbols.JsonNode)
                && !TypeFacts.DerivesFrom(receiver, symbols.JsonValue)
                && flow.Find(invocation, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is { } hit)
            {
                Report(context, invocation.Syntax, $"{receiver.Name}.ToString()", "call ToJsonString()", ToJsonString, hit, reported);
            }
        }
    }

    // new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }) where buffer's content reaches a signature.
    private static void AnalyzeWriter(OperationAnalysisContext context, SignatureFlow flow, SerializationSymbols symbols, ConcurrentDictionary<SyntaxNode, bool> reported)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, symbols.Utf8JsonWriter) || creation.Arguments.Length < 2
            || FormattingFacts.WithoutConversions(creation.Arguments[0].Value) is not ILocalReferenceOperation output)
        {
            return;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (!SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, symbols.JsonWriterOptions)
                || IndentedBy(argument.Value, "Indented", flow) is not { } indented)
            {
                continue;
            }

            foreach (ILocalReferenceOperation read in flow.ReadsOf(output.Local))
            {
                if (read != output && flow.Find(read, SignatureSinkKind.AnySignature, okxOnly: true, context.CancellationToken) is { } hit)
                {
                    Report(context, indented.Syntax, "Utf8JsonWriter with JsonWriterOptions.Indented = true", "set Indented to false", SetFalse, hit, reported);
                    return;
                }
            }
        }
    }

    // The assignment "<property> = true" that makes an options value indented: in its object initializer, or on the local
    // holding it (initializer or a later "options.WriteIndented = true;").
    private static IOperation? IndentedBy(IOperation value, string property, SignatureFlow flow)
    {
        value = FormattingFacts.WithoutConversions(value);
        if (value is IObjectCreationOperation { Initializer: { } initializer })
        {
            foreach (IOperation member in initializer.Initializers)
            {
                if (IsSetTrue(member, property, instance: null))
                {
                    return member;
                }
            }

            return null;
        }

        if (value is not ILocalReferenceOperation local)
        {
            return null;
        }

        foreach (IOperation block in flow.OperationBlocks)
        {
            foreach (IOperation operation in block.Descendants())
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                    && FormattingFacts.WithoutConversions(initial) is IObjectCreationOperation creation
                    && IndentedBy(creation, property, flow) is { } inInitializer)
                {
                    return inInitializer;
                }

                if (IsSetTrue(operation, property, local.Local))
                {
                    return operation;
                }
            }
        }

        return null;
    }

    private static bool IsSetTrue(IOperation operation, string property, ILocalSymbol? instance) =>
        operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target, Value.ConstantValue: { HasValue: true, Value: true } }
        && target.Property.Name == property
        && (instance is null
            ? target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            : target.Instance is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, instance));

    // new JsonSerializerSettings { Formatting = Formatting.Indented }: the Formatting.Indented in it.
    private static IOperation? IndentedSettings(IOperation value, SerializationSymbols symbols)
    {
        if (FormattingFacts.WithoutConversions(value) is IObjectCreationOperation { Initializer: { } initializer })
        {
            foreach (IOperation member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Formatting" } } assignment
                    && IsIndentedFormatting(assignment.Value, symbols))
                {
                    return assignment.Value;
                }
            }
        }

        return null;
    }

    private static bool IsIndentedFormatting(IOperation value, SerializationSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(value.Type, symbols.Formatting) && value.ConstantValue is { HasValue: true, Value: 1 };

    private static void Report(
        OperationAnalysisContext context, SyntaxNode node, string what, string fix, string fixKind, SignatureHit hit, ConcurrentDictionary<SyntaxNode, bool> reported)
    {
        if (reported.TryAdd(node, true))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.IndentedJsonIsSigned,
                node.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(FixKey, fixKind),
                what,
                fix,
                hit.Describe()));
        }
    }
}
