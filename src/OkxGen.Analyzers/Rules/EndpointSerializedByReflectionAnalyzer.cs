using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Internals;
using OkxGen.SourceGeneration.Parsing;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// Reports an <c>[OkxEndpoint]</c> instance given to a reflection serializer (OKX010): System.Text.Json, Newtonsoft
/// and the HTTP JSON helpers write keys in declaration order, not OkxGen's canonical sorted form, so the text differs
/// from what <c>ToJson()</c> and <c>OkxClient</c> sign and send.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointSerializedByReflectionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The key in <see cref="Diagnostic.Properties"/> that tells the code fix what to write instead.</summary>
    public const string FixKey = "Fix";

    /// <summary>The key in <see cref="Diagnostic.Properties"/> of the index of the serialized value in the written argument list.</summary>
    public const string ArgumentKey = "Argument";

    /// <summary>Replace the call with <c>value.ToJson()</c>: the call returns the JSON as a string.</summary>
    public const string FixToJson = "ToJson";

    /// <summary>Replace the call with <c>Encoding.UTF8.GetBytes(value.ToJson())</c>: the call returns UTF-8 bytes.</summary>
    public const string FixToUtf8Bytes = "ToUtf8Bytes";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.EndpointSerializedByReflection);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? endpointAttribute = start.Compilation.GetTypeByMetadataName(EndpointParser.EndpointAttributeName);
            if (endpointAttribute is null)
            {
                return;
            }

            if (SerializationSymbols.Create(start.Compilation) is not { } serialization)
            {
                return;
            }

            start.RegisterOperationAction(
                context => AnalyzeInvocation(context, endpointAttribute, serialization),
                OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(
        OperationAnalysisContext context,
        INamedTypeSymbol endpointAttribute,
        SerializationSymbols serialization)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (!(serialization.IsSerializer(method) || serialization.IsContentHelper(method))
            || SerializationSymbols.ValueArgument(invocation) is not { } valueArgument)
        {
            return;
        }

        IOperation value = valueArgument.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value.Type is not INamedTypeSymbol type || !IsEndpoint(type, endpointAttribute))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        if (FixFor(method) is { } fix && HasToJson(type) && ArgumentIndex(invocation, valueArgument) is { } index)
        {
            properties = properties
                .Add(FixKey, fix)
                .Add(ArgumentKey, index.ToString(CultureInfo.InvariantCulture));
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.EndpointSerializedByReflection,
            invocation.Syntax.GetLocation(),
            properties,
            type.Name,
            $"{method.ContainingType.Name}.{method.Name}"));
    }

    // The position of the value among the written arguments (named arguments can come in any order).
    private static int? ArgumentIndex(IInvocationOperation invocation, IArgumentOperation argument)
    {
        if (invocation.Syntax is InvocationExpressionSyntax syntax && argument.Syntax is ArgumentSyntax argumentSyntax)
        {
            int index = syntax.ArgumentList.Arguments.IndexOf(argumentSyntax);
            return index >= 0 ? index : null;
        }

        return null;
    }

    // Only the forms whose result the generated ToJson() replaces exactly: a string, or the UTF-8 bytes of one.
    private static string? FixFor(IMethodSymbol method) => (method.ContainingType.Name, method.Name) switch
    {
        ("JsonSerializer", "Serialize") when method.ReturnType.SpecialType == SpecialType.System_String && method.Parameters[0].Name == "value" => FixToJson,
        ("JsonSerializer", "SerializeToUtf8Bytes") when method.Parameters[0].Name == "value" => FixToUtf8Bytes,
        ("JsonConvert", "SerializeObject") when method.ReturnType.SpecialType == SpecialType.System_String => FixToJson,
        _ => null,
    };

    // The generator adds ToJson() to POST endpoints only; a GET endpoint has ToQueryString() and no body.
    private static bool HasToJson(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers("ToJson"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0, DeclaredAccessibility: Accessibility.Public, ReturnType.SpecialType: SpecialType.System_String })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEndpoint(INamedTypeSymbol type, INamedTypeSymbol endpointAttribute)
    {
        foreach (AttributeData attribute in type.OriginalDefinition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, endpointAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
