using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Internals;

/// <summary>
/// Flattens a string expression (constants, <c>+</c>, <c>string.Concat</c>, interpolations with or without a handler,
/// <c>new Uri(...)</c>, locals written once) into literal text and opaque values: the one copy every rule that reads
/// the text of what is signed or sent uses.
/// </summary>
internal static class TextFlattener
{
    private const int MaxDepth = 8;

    /// <summary>The parts of <paramref name="operation"/>, adjacent literal text merged and empty text dropped.</summary>
    /// <param name="operation">The expression.</param>
    /// <param name="singleValueOf">The value of a local written once, to see through it; <see langword="null"/> keeps locals opaque.</param>
    /// <param name="uri"><c>System.Uri</c>, whose constructor arguments are its text; <see langword="null"/> keeps URIs opaque.</param>
    public static List<TextPart> Flatten(IOperation operation, Func<ILocalSymbol, IOperation?>? singleValueOf = null, INamedTypeSymbol? uri = null)
    {
        var parts = new List<TextPart>();
        Flatten(operation, parts, singleValueOf, uri, 0);
        return parts;
    }

    /// <summary>The text with <paramref name="hole"/> in place of each opaque value.</summary>
    public static string ToTemplate(List<TextPart> parts, char hole)
    {
        var text = new StringBuilder();
        foreach (TextPart part in parts)
        {
            if (part.Text is { } literal)
            {
                text.Append(literal);
            }
            else
            {
                text.Append(hole);
            }
        }

        return text.ToString();
    }

    /// <summary>Appends <paramref name="part"/>, merging it into the previous literal and dropping empty text, so "a" + "" + "b" equals "ab".</summary>
    public static void Append(List<TextPart> parts, TextPart part)
    {
        if (part.Text is { } text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (parts.Count > 0 && parts[parts.Count - 1].Text is { } previous)
            {
                parts[parts.Count - 1] = new TextPart(previous + text, null);
                return;
            }
        }

        parts.Add(part);
    }

    private static void Flatten(IOperation operation, List<TextPart> parts, Func<ILocalSymbol, IOperation?>? singleValueOf, INamedTypeSymbol? uri, int depth)
    {
        operation = FormattingFacts.WithoutConversions(operation);
        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            Append(parts, new TextPart(text, null));
            return;
        }

        if (depth > MaxDepth)
        {
            Append(parts, new TextPart(null, null));
            return;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                Flatten(concatenation.LeftOperand, parts, singleValueOf, uri, depth + 1);
                Flatten(concatenation.RightOperand, parts, singleValueOf, uri, depth + 1);
                return;

            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation content in interpolated.Parts)
                {
                    switch (content)
                    {
                        case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string literal } }:
                            Append(parts, new TextPart(literal, null));
                            break;
                        case IInterpolatedStringAppendOperation
                        {
                            Kind: OperationKind.InterpolatedStringAppendLiteral,
                            AppendCall: IInvocationOperation { Arguments: [{ Value.ConstantValue: { HasValue: true, Value: string appended } }] },
                        }:
                            Append(parts, new TextPart(appended, null));
                            break;
                        case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                            Flatten(hole.Expression, parts, singleValueOf, uri, depth + 1);
                            break;
                        default:
                            Append(parts, new TextPart(null, null));
                            break;
                    }
                }

                return;

            case IInvocationOperation { TargetMethod: { Name: "Concat", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } concat:
                foreach (IArgumentOperation argument in concat.Arguments)
                {
                    if (argument.Value is IArrayCreationOperation { Initializer: { } elements })
                    {
                        foreach (IOperation element in elements.ElementValues)
                        {
                            Flatten(element, parts, singleValueOf, uri, depth + 1);
                        }
                    }
                    else
                    {
                        Flatten(argument.Value, parts, singleValueOf, uri, depth + 1);
                    }
                }

                return;

            case IObjectCreationOperation creation when uri is not null && SymbolEqualityComparer.Default.Equals(creation.Type, uri):
                // new Uri(text), new Uri(baseUri, relative): the text of the URI is the text of its string arguments.
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType == SpecialType.System_String || SymbolEqualityComparer.Default.Equals(argument.Value.Type, uri))
                    {
                        Flatten(argument.Value, parts, singleValueOf, uri, depth + 1);
                    }
                }

                return;

            case ILocalReferenceOperation local:
                if (singleValueOf?.Invoke(local.Local) is { } value)
                {
                    Flatten(value, parts, singleValueOf, uri, depth + 1);
                }
                else
                {
                    Append(parts, new TextPart(null, local.Local));
                }

                return;

            case IParameterReferenceOperation parameter:
                Append(parts, new TextPart(null, parameter.Parameter));
                return;

            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                Append(parts, new TextPart(null, field.Field));
                return;

            case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Property.IsIndexer: false } property:
                Append(parts, new TextPart(null, property.Property));
                return;

            default:
                Append(parts, new TextPart(null, null));
                return;
        }
    }
}
