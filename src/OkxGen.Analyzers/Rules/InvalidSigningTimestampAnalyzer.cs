using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX015: a <c>DateTime</c> or <c>DateTimeOffset</c> formatted into something other than OKX's timestamp
/// (<c>2020-12-08T09:08:57.715Z</c>, UTC, invariant culture), whose text is signed or sent in <c>OK-ACCESS-TIMESTAMP</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidSigningTimestampAnalyzer : DiagnosticAnalyzer
{
    private const string CanonicalFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    private const SignatureSinkKind TimestampSinks = SignatureSinkKind.AnySignature | SignatureSinkKind.TimestampHeader;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidSigningTimestamp);

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

            start.RegisterOperationAction(context => AnalyzeInvocation(context, sinks), OperationKind.Invocation);
            start.RegisterOperationAction(context => AnalyzeInterpolation(context, sinks), OperationKind.InterpolatedString);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SignatureSinks sinks)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is "ToUnixTimeSeconds" or "ToUnixTimeMilliseconds" && TypeFacts.IsDate(method.ContainingType))
        {
            AnalyzeUnixTime(context, sinks.FlowOf(invocation), invocation);
            return;
        }

        if (method.Name != "ToString" || method.IsStatic || !TypeFacts.IsDate(method.ContainingType))
        {
            return;
        }

        SignatureFlow flow = sinks.FlowOf(invocation);
        IOperation? format = null;
        bool fixedCulture = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (FormattingFacts.IsFormatProvider(parameter.Type))
            {
                fixedCulture = FormattingFacts.IsFixedProvider(argument.Value);
            }
            else if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                format = argument.Value;
            }
        }

        if (Problem(invocation.Instance, format, fixedCulture, flow) is { } problem
            && flow.Find(invocation, TimestampSinks, okxOnly: true, context.CancellationToken) is { } hit)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSigningTimestamp, invocation.Syntax.GetLocation(), problem, hit.Describe()));
        }
    }

    // DateTimeOffset.UtcNow.ToUnixTimeSeconds(), (ms / 1000.0).ToString(...): right for the WebSocket login, wrong for REST.
    private static void AnalyzeUnixTime(OperationAnalysisContext context, SignatureFlow flow, IInvocationOperation invocation)
    {
        IOperation text = invocation;
        while (text.Parent is IBinaryOperation or IConversionOperation)
        {
            text = text.Parent;
        }

        if (text.Parent is IInvocationOperation { TargetMethod.Name: "ToString" } toString && toString.Instance == text)
        {
            text = toString;
        }
        else if (text.Parent is IInterpolationOperation { Parent: IInterpolatedStringOperation interpolated })
        {
            text = interpolated;
        }
        else if (text.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        if (flow.Find(text, TimestampSinks, okxOnly: true, context.CancellationToken) is { } hit
            && (hit.Kind == SignatureSinkKind.TimestampHeader
                || hit.Path?.Any(flow.Index.SignsWebSocketLogin) != true))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidSigningTimestamp,
                text.Syntax.GetLocation(),
                "it is a Unix time, which OKX accepts only for the WebSocket login (REST wants 2020-12-08T09:08:57.715Z)",
                hit.Describe()));
        }
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, SignatureSinks sinks)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        FormattingFacts.InterpolationCulture culture = FormattingFacts.CultureOf(interpolated);
        if (culture == FormattingFacts.InterpolationCulture.Deferred)
        {
            return;
        }

        var holes = new List<(IOperation Value, IOperation? Format)>();
        FormattingFacts.GetHoles(interpolated, holes);
        SignatureFlow? flow = null;
        foreach ((IOperation value, IOperation? format) in holes)
        {
            // Most interpolated strings hold no date: only those that do look up their block's flow.
            if (TypeFacts.IsDate(value.Type)
                && Problem(value, format, culture == FormattingFacts.InterpolationCulture.Explicit, flow ??= sinks.FlowOf(interpolated)) is { } problem
                && flow.Find(interpolated, TimestampSinks, okxOnly: true, context.CancellationToken) is { } hit)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSigningTimestamp, value.Syntax.GetLocation(), problem, hit.Describe()));
            }
        }
    }

    // The first thing wrong with the timestamp, or null; a format that is not a constant is not judged.
    private static string? Problem(IOperation? instant, IOperation? format, bool fixedCulture, SignatureFlow flow)
    {
        string? formatText = null;
        if (format is not null)
        {
            if (format.ConstantValue is not { HasValue: true, Value: var constant })
            {
                return null;
            }

            formatText = constant as string;
        }

        if (instant is not null && IsLocalTime(instant, flow))
        {
            return $"'{instant.Syntax}' is local time, not UTC";
        }

        if (string.IsNullOrEmpty(formatText))
        {
            return "it has no format, so it is written in the current culture's general date format";
        }

        if (formatText!.IndexOf("sss", StringComparison.Ordinal) >= 0)
        {
            return $"the format \"{formatText}\" writes the seconds twice ('ss.sss' is not milliseconds: use 'ss.fff')";
        }

        if (formatText is "o" or "O")
        {
            return "the round-trip format \"o\" writes seven fractional digits and, for a DateTimeOffset, an offset";
        }

        if (formatText.Replace("'", string.Empty).Replace("\"", string.Empty).Replace("\\", string.Empty) != CanonicalFormat)
        {
            return $"the format \"{formatText}\" is not {CanonicalFormat}";
        }

        return fixedCulture ? null : "it is formatted with the current culture (the year 2567 under th-TH, 12.00.43 under da-DK)";
    }

    private static bool IsLocalTime(IOperation instant, SignatureFlow flow)
    {
        instant = FormattingFacts.WithoutConversions(instant);
        if (instant is ILocalReferenceOperation local)
        {
            // var now = DateTime.Now; ... now.ToString(...): the local's initializer decides.
            foreach (IOperation block in flow.OperationBlocks)
            {
                foreach (IOperation operation in block.Descendants())
                {
                    if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                        && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                    {
                        return IsNow(FormattingFacts.WithoutConversions(value));
                    }
                }
            }

            return false;
        }

        return IsNow(instant);
    }

    private static bool IsNow(IOperation operation) =>
        operation is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Now" or "Today" } property } && TypeFacts.IsDate(property.ContainingType);
}
