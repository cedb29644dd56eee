using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX014: a decimal, double or float, or a <c>DateTime</c> / <c>DateTimeOffset</c> (nullable too), formatted with the
/// current culture (<c>ToString()</c>, <c>ToString("F2")</c>, <c>Convert.ToString(x)</c>, <c>string.Format</c> without
/// provider, an interpolation hole, <c>"..." + x</c>) whose text reaches a signature.
/// </summary>
/// <remarks>
/// A date that reaches an OKX signature is left to OKX015, which checks the timestamp's whole form (the culture included);
/// here a date is reported for the other signatures (an AWS SigV4 date written under th-TH, for one).
/// </remarks>
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
            start.RegisterOperationAction(context => AnalyzeInvocation(context, sinks, convert), OperationKind.Invocation);
            start.RegisterOperationAction(context => AnalyzeInterpolation(context, sinks), OperationKind.InterpolatedString);
            start.RegisterOperationAction(context => AnalyzeConcatenation(context, sinks), OperationKind.Binary);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SignatureSinks sinks, INamedTypeSymbol? convert)
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
        else if (method.Name == "ToString" && !method.IsStatic && invocation.Instance is { } date
            && !FormattingFacts.HasProviderParameter(method) && FormattingFacts.IsCultureSensitiveDate(method.ContainingType, FormatArgument(invocation)))
        {
            (fix, subject) = (AppendProvider, date);
        }
        else if (method.Name == "ToString" && method.IsStatic && method.Parameters.Length == 1 && invocation.Arguments.Length == 1
            && IsCultureSensitive(method.Parameters[0].Type)
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

        if (sinks.FlowOf(invocation).Find(invocation, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit && !IsOkx015s(subject, hit))
        {
            Report(context, invocation.Syntax, subject, fix, hit);
        }
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, SignatureSinks sinks)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        if (FormattingFacts.CultureOf(interpolated) != FormattingFacts.InterpolationCulture.Current)
        {
            return;
        }

        var holes = new List<(IOperation Value, IOperation? Format)>();
        FormattingFacts.GetHoles(interpolated, holes);
        // One diagnostic per string, whatever the number of holes: the fix wraps the whole string. A number first, as a
        // date may be OKX015's.
        IOperation? subject = null;
        foreach ((IOperation value, IOperation? format) in holes)
        {
            if (FormattingFacts.IsCultureSensitiveNumber(value.Type))
            {
                subject = value;
                break;
            }

            if (subject is null && FormattingFacts.IsCultureSensitiveDate(value.Type, format))
            {
                subject = value;
            }
        }

        if (subject is not null
            && sinks.FlowOf(interpolated).Find(interpolated, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit
            && !IsOkx015s(subject, hit))
        {
            Report(context, interpolated.Syntax, subject, WrapInterpolation, hit);
        }
    }

    private static void AnalyzeConcatenation(OperationAnalysisContext context, SignatureSinks sinks)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary is not { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } || binary.ConstantValue.HasValue)
        {
            return;
        }

        foreach (IOperation operand in new[] { binary.LeftOperand, binary.RightOperand })
        {
            IOperation value = FormattingFacts.WithoutConversions(operand);
            if (value != operand && IsCultureSensitive(value.Type)
                && sinks.FlowOf(binary).Find(binary, SignatureSinkKind.AnySignature, okxOnly: false, context.CancellationToken) is { } hit
                && !IsOkx015s(value, hit))
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
                    if (IsCultureSensitive(FormattingFacts.WithoutConversions(element).Type))
                    {
                        return FormattingFacts.WithoutConversions(element);
                    }
                }
            }
            else if (IsCultureSensitive(FormattingFacts.WithoutConversions(argument.Value).Type))
            {
                return FormattingFacts.WithoutConversions(argument.Value);
            }
        }

        return null;
    }

    // A number, or a date written with its default format ("G" for ToString(), the composite format's item otherwise).
    private static bool IsCultureSensitive(ITypeSymbol? type) =>
        FormattingFacts.IsCultureSensitiveNumber(type) || FormattingFacts.IsCultureSensitiveDate(type, format: null);

    // A date in an OKX signature is a timestamp, which OKX015 judges whole.
    private static bool IsOkx015s(IOperation subject, SignatureHit hit) => hit.IsOkx && TypeFacts.IsDate(subject.Type);

    private static IOperation? FormatArgument(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                return argument.Value;
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
