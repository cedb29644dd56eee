using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Internals;

/// <summary>How a value is formatted: which culture, which format. Shared by OKX014 and OKX015.</summary>
internal static class FormattingFacts
{
    /// <summary>Under which culture an interpolated string formats its holes.</summary>
    public enum InterpolationCulture
    {
        /// <summary>A plain <c>$"..."</c> string, or a handler without a provider (<c>StringBuilder.Append($"...")</c>).</summary>
        Current,

        /// <summary>A provider is given: <c>string.Create(provider, $"...")</c>, <c>FormattableString.Invariant</c>.</summary>
        Explicit,

        /// <summary>A <c>FormattableString</c> or <c>IFormattable</c> formatted elsewhere: not judged here.</summary>
        Deferred,
    }

    /// <summary>decimal, double and float, nullable or not: the types whose current-culture text differs (<c>0,1</c> under de-DE).</summary>
    public static bool IsCultureSensitiveNumber(ITypeSymbol? type) =>
        TypeFacts.WithoutNullable(type)?.SpecialType is SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single;

    /// <summary>
    /// A <c>DateTime</c> or <c>DateTimeOffset</c> (nullable or not) written with <paramref name="format"/> under the current
    /// culture gives a culture's text: its calendar (the year 2569 under th-TH), its separators. Only the standard formats
    /// "o", "r", "s" and "u" are invariant; a format that is not a constant is not judged.
    /// </summary>
    public static bool IsCultureSensitiveDate(ITypeSymbol? type, IOperation? format) =>
        TypeFacts.IsDate(type)
        && (format is null || format.ConstantValue is { HasValue: true, Value: null }
            || format.ConstantValue is { HasValue: true, Value: string text } && text is not ("o" or "O" or "r" or "R" or "s" or "u"));

    /// <summary>Whether <paramref name="method"/> takes an <c>IFormatProvider</c>.</summary>
    public static bool HasProviderParameter(IMethodSymbol method)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (IsFormatProvider(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>System.IFormatProvider</c>.</summary>
    public static bool IsFormatProvider(ITypeSymbol type) =>
        type.Name == "IFormatProvider" && type.ContainingNamespace?.ToDisplayString() == "System";

    /// <summary>
    /// Whether an explicit provider argument is a deliberate, fixed culture: anything but <see langword="null"/>,
    /// <c>CultureInfo.CurrentCulture</c> and <c>CurrentUICulture</c>.
    /// </summary>
    public static bool IsFixedProvider(IOperation provider)
    {
        IOperation value = WithoutConversions(provider);
        return value.ConstantValue is not { HasValue: true, Value: null }
            && value is not IPropertyReferenceOperation { Property.Name: "CurrentCulture" or "CurrentUICulture" };
    }

    /// <summary>The culture under which <paramref name="interpolated"/> formats its holes.</summary>
    public static InterpolationCulture CultureOf(IInterpolatedStringOperation interpolated)
    {
        switch (interpolated.Parent)
        {
            case IInterpolatedStringHandlerCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation consumer } }:
                foreach (IArgumentOperation argument in consumer.Arguments)
                {
                    if (argument.Parameter is { } parameter && IsFormatProvider(parameter.Type))
                    {
                        return IsFixedProvider(argument.Value) ? InterpolationCulture.Explicit : InterpolationCulture.Current;
                    }
                }

                return InterpolationCulture.Current;
            case IConversionOperation { Type.SpecialType: not SpecialType.System_String } conversion:
                return conversion.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Invariant" } }
                    ? InterpolationCulture.Explicit
                    : InterpolationCulture.Deferred;
            default:
                return InterpolationCulture.Current;
        }
    }

    /// <summary>The holes of an interpolated string, with their format (<see langword="null"/> when none), handler or not.</summary>
    public static void GetHoles(IInterpolatedStringOperation interpolated, List<(IOperation Value, IOperation? Format)> holes)
    {
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolationOperation interpolation:
                    holes.Add((WithoutConversions(interpolation.Expression), interpolation.FormatString));
                    break;
                case IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation call }
                    when call.Arguments.Length > 0:
                    IOperation? format = null;
                    foreach (IArgumentOperation argument in call.Arguments)
                    {
                        if (argument.Parameter?.Name == "format")
                        {
                            format = argument.Value;
                        }
                    }

                    holes.Add((WithoutConversions(call.Arguments[0].Value), format));
                    break;
            }
        }
    }

    /// <summary><paramref name="operation"/> without the implicit conversions around it (boxing to object, to IFormatProvider).</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
