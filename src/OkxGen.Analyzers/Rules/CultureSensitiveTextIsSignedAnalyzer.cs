using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX014: a decimal, double or float formatted with the current culture (<c>ToString()</c>, <c>ToString("F2")</c>,
/// <c>Convert.ToString(x)</c>, <c>string.Format</c> without provider, an interpolation hole, <c>"..." + x</c>) whose
/// text reaches a signature.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CultureSensitiveTextIsSignedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The key of the diagnostic property that tells the code fix what to change.</summary>
    public const string FixKey = "Fix";

    /// <summary>Append <c>CultureInfo.InvariantCulture</c> to the arguments: <c>ToString</c>, <c>Convert.ToString</c>.</summary>
    public const string AppendProvider = "AppendProvider";

    /// <summary>Insert <c>CultureInfo.InvariantCulture</c> as the first argument: <c>string.Format</c>.</summary>
    public const string InsertProvider = "InsertProvider";

    /// <summary>Wrap the interpolated string in <c>string.Create(CultureInfo.InvariantCulture, ...)</c>.</summary>
    public const string WrapInterpolation = "WrapInterpolation";

    /// <summary>Replace the operand of <c>+</c> with <c>x.ToString(CultureInfo.InvariantCulture)</c>.</summary>
    public const string CallToString = "CallToString";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CultureSensitiveTextIsSigned);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (SignatureSinks.Create(start.Compilation) is not { } sinks)
            {
                return;
            }

            INamedTypeSymbol? convert = start.Compilation.GetTypeByMetadataName("System.Convert");
            start.RegisterOperationBlockStartAction(block =>
            {
                var flow = new SignatureFlow(sinks, block.OperationBlocks);
                block.RegisterOperationAction(context => AnalyzeInvocation(context, flow, convert), OperationKind.Invocation);
                block.RegisterOperationAction(context => AnalyzeInterpolation(context, flow), OperationKind.InterpolatedString);
                block.RegisterOperationAction(context => AnalyzeConcatenation(context, flow), OperationKind.Binary);
            });
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SignatureFlow flow, INamedTypeSymbol? convert)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        string fix;
        IOperation subject;
        if (method.Name == "ToString" && !method.IsStatic && invocation.Instance is { } receiver
            && method.ContainingType.SpecialType is SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single && !FormattingFacts.HasProviderParameter(method))
        {
            (fix, subject) = (AppendProvider, receiver);
        }
        else if (method.Name == "ToString" && method.IsStatic && method.Parameters.Length == 1 && invocation.Arguments.Length == 1
            && FormattingFacts.IsCultureSensitiveNumber(method.Parameters[0].Type)
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, convert))
        {
            (fix, subject) = (AppendProvider, invocation.Arguments[0].Value);
        }
        else if (method.Name == "Format" && method.IsStatic && method.ContainingType.SpecialType == SpecialType.System_String
            && !FormattingFacts.HasProviderParameter(method) && FirstCultureSensitiveArgument(invocation) is { } argument)
        {
            (fix, subject) = (InsertProvider, argument);
        }
        else
        {
            return;
        }

        if (flow.Find(invocation, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit)
        {
            Report(context, invocation.Syntax, subject, fix, hit);
        }
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, SignatureFlow flow)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        if (FormattingFacts.CultureOf(interpolated) != FormattingFacts.InterpolationCulture.Current)
        {
            return;
        }

        var holes = new List<(IOperation Value, IOperation? Format)>();
        FormattingFacts.GetHoles(interpolated, holes);
        foreach ((IOperation value, _) in holes)
        {
            if (FormattingFacts.IsCultureSensitiveNumber(value.Type))
            {
                // One diagnostic per string, whatever the number of holes: the fix wraps the whole string.
                if (flow.Find(interpolated, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit)
                {
                    Report(context, interpolated.Syntax, value, WrapInterpolation, hit);
                }

                return;
            }
        }
    }

    private static void AnalyzeConcatenation(OperationAnalysisContext context, SignatureFlow flow)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary is not { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } || binary.ConstantValue.HasValue)
        {
            return;
        }

        foreach (IOperation operand in new[] { binary.LeftOperand, binary.RightOperand })
        {
            IOperation value = FormattingFacts.WithoutConversions(operand);
            if (value != operand && FormattingFacts.IsCultureSensitiveNumber(value.Type)
                && flow.Find(binary, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit)
            {
                Report(context, value.Syntax, value, CallToString, hit);
            }
        }
    }

    private static IOperation? FirstCultureSensitiveArgument(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Value is IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer })
            {
                foreach (IOperation element in initializer.ElementValues)
                {
                    if (FormattingFacts.IsCultureSensitiveNumber(FormattingFacts.WithoutConversions(element).Type))
                    {
                        return FormattingFacts.WithoutConversions(element);
                    }
                }
            }
            else if (FormattingFacts.IsCultureSensitiveNumber(FormattingFacts.WithoutConversions(argument.Value).Type))
            {
                return FormattingFacts.WithoutConversions(argument.Value);
            }
        }

        return null;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode location, IOperation subject, string fix, SignatureHit hit) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.CultureSensitiveTextIsSigned,
            location.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(FixKey, fix),
            subject.Syntax.ToString(),
            hit.Describe()));
}
