using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX041: a signing header (<c>OK-ACCESS-SIGN</c>, <c>OK-ACCESS-TIMESTAMP</c>, or any header named like a signature or
/// timestamp: <c>X-BAPI-SIGN</c>, <c>Authorization</c>, <c>X-Amz-Date</c>) added to <c>HttpClient.DefaultRequestHeaders</c>.
/// A general rule: true of any signed API.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SigningHeaderOnDefaultHeadersAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SigningHeaderOnDefaultHeaders);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpClient") is not { } httpClient)
            {
                return;
            }

            start.RegisterOperationAction(context => Analyze(context, httpClient), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol httpClient)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not ("Add" or "TryAddWithoutValidation")
            || invocation.Instance is not IPropertyReferenceOperation { Property.Name: "DefaultRequestHeaders" } headers
            || !SymbolEqualityComparer.Default.Equals(headers.Property.ContainingType, httpClient)
            || invocation.Arguments.Length < 2
            || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string name }
            || !IsSigningHeader(name))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SigningHeaderOnDefaultHeaders, invocation.Syntax.GetLocation(), name));
    }

    private static bool IsSigningHeader(string name) =>
        name.IndexOf("SIGN", StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("TIMESTAMP", StringComparison.OrdinalIgnoreCase) >= 0
        || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase);
}
