using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>
/// The symbol questions both parsers ask: which properties a type has on the wire, under which name, and what their
/// types are.
/// </summary>
internal static class SymbolFacts
{
    internal static readonly SymbolDisplayFormat FullyQualifiedFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>
    /// The public instance properties with a public getter, base types' included (the most derived declaration of a
    /// name wins), less those marked <c>[JsonIgnore]</c>, in declaration order.
    /// </summary>
    internal static List<IPropertySymbol> SerializedProperties(INamedTypeSymbol type)
    {
        var properties = new List<IPropertySymbol>();
        var names = new HashSet<string>();
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol
                    {
                        IsStatic: false,
                        IsIndexer: false,
                        DeclaredAccessibility: Accessibility.Public,
                        GetMethod.DeclaredAccessibility: Accessibility.Public,
                    } property &&
                    names.Add(property.Name) &&
                    !IsIgnored(property))
                {
                    properties.Add(property);
                }
            }
        }

        return properties;
    }

    // [JsonIgnore] leaves a property out, unless its Condition says to write it (WhenWritingNull and friends).
    internal static bool IsIgnored(IPropertySymbol property)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (IsAttribute(attribute, "System.Text.Json.Serialization", "JsonIgnoreAttribute"))
            {
                return attribute.NamedArguments.All(a => a.Key != "Condition" || a.Value.Value is 1);
            }
        }

        return false;
    }

    internal static string WireName(IPropertySymbol property) =>
        AttributeArgument(property, "System.Text.Json.Serialization", "JsonPropertyNameAttribute") ?? WireNames.ToCamelCase(property.Name);

    /// <summary>Recognises the lists a generated writer can index without allocating an enumerator.</summary>
    internal static bool IsList(ITypeSymbol type, [NotNullWhen(true)] out ITypeSymbol? elementType, [NotNullWhen(true)] out string? countProperty)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            elementType = array.ElementType;
            countProperty = "Length";
            return true;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named &&
            (named.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IList_T or SpecialType.System_Collections_Generic_IReadOnlyList_T ||
             IsType(named.OriginalDefinition, "System.Collections.Generic", "List`1")))
        {
            elementType = named.TypeArguments[0];
            countProperty = "Count";
            return true;
        }

        elementType = null;
        countProperty = null;
        return false;
    }

    internal static bool IsFrameworkType(INamedTypeSymbol type)
    {
        INamespaceSymbol? root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name is "System" or "Microsoft";
    }

    internal static bool HasAttribute(ISymbol symbol, string namespaceName, string attributeName) =>
        symbol.GetAttributes().Any(a => IsAttribute(a, namespaceName, attributeName));

    internal static string? AttributeArgument(ISymbol symbol, string namespaceName, string attributeName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (IsAttribute(attribute, namespaceName, attributeName) &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is string value)
            {
                return value;
            }
        }

        return null;
    }

    internal static bool IsAttribute(AttributeData attribute, string namespaceName, string attributeName) =>
        attribute.AttributeClass is { } attributeClass && IsType(attributeClass, namespaceName, attributeName);

    internal static bool IsType(INamedTypeSymbol type, string namespaceName, string metadataName) =>
        type.MetadataName == metadataName && type.ContainingNamespace.ToDisplayString() == namespaceName;

    internal static string FullyQualifiedName(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualifiedFormat);

    /// <summary>
    /// Where the generator declares a class for <paramref name="type"/>: <c>Demo.Outer.Inner</c> with the suffix
    /// <c>OkxReader</c> gets <c>Demo.OuterInnerOkxReader</c>, in <c>Demo.Outer.Inner.OkxReader.g.cs</c>.
    /// </summary>
    internal static HelperTypeSpec HelperType(INamedTypeSymbol type, string suffix)
    {
        var name = new StringBuilder();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            name.Insert(0, current.Name);
        }

        string className = name.Append(suffix).ToString();
        string? namespaceName = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        string fullName = namespaceName is null ? $"global::{className}" : $"global::{namespaceName}.{className}";
        string hintName = FullyQualifiedName(type).Substring("global::".Length) + "." + suffix + ".g.cs";
        return new HelperTypeSpec(namespaceName, className, fullName, hintName);
    }

    internal static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>The constructor argument at <paramref name="index"/>, or the one named <paramref name="name"/> when arguments are named.</summary>
    internal static Location? ArgumentLocation(AttributeData attribute, int index, string name)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return null;
        }

        SeparatedSyntaxList<AttributeArgumentSyntax> arguments = syntax.ArgumentList?.Arguments ?? default;
        AttributeArgumentSyntax? argument =
            arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name) ??
            (index < arguments.Count && arguments[index].NameColon is null && arguments[index].NameEquals is null ? arguments[index] : null);
        return (argument ?? (SyntaxNode)syntax).GetLocation();
    }

    /// <summary>The named argument <c>Name = ...</c> of an attribute, or the attribute when it is not written out.</summary>
    internal static Location? NamedArgumentLocation(AttributeData attribute, string name)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return null;
        }

        AttributeArgumentSyntax? argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return (argument ?? (SyntaxNode)syntax).GetLocation();
    }
}
