using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.SourceGeneration.Parsing;

// The symbol questions the parser asks: which properties are serialized, under which name, and what their types are.
internal sealed partial class EndpointParser
{
    private static readonly SymbolDisplayFormat FullyQualifiedFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>
    /// The public instance properties with a public getter, base types' included (the most derived declaration of a
    /// name wins), less those marked <c>[JsonIgnore]</c>, in declaration order.
    /// </summary>
    private static List<IPropertySymbol> SerializedProperties(INamedTypeSymbol type)
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
    private static bool IsIgnored(IPropertySymbol property)
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

    private static string WireName(IPropertySymbol property) =>
        AttributeArgument(property, "System.Text.Json.Serialization", "JsonPropertyNameAttribute") ?? WireNames.ToCamelCase(property.Name);

    private static NullHandling NullHandlingOf(ITypeSymbol type) => type switch
    {
        { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } => NullHandling.Omit,
        { IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated } => NullHandling.Throw,
        { IsReferenceType: true } => NullHandling.Omit,
        _ => NullHandling.NeverNull,
    };

    /// <summary>Recognises the lists a generated writer can index without allocating an enumerator.</summary>
    private static bool IsList(ITypeSymbol type, [NotNullWhen(true)] out ITypeSymbol? elementType, [NotNullWhen(true)] out string? countProperty)
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

    /// <summary>
    /// A class, record or struct of the user's (not a framework type such as <c>DateTime</c>, and not a collection)
    /// that generated code in the endpoint can see.
    /// </summary>
    private bool IsWritableObject(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct &&
        type.SpecialType == SpecialType.None &&
        !type.IsAbstract &&
        !type.IsRefLikeType &&
        !IsFrameworkType(type) &&
        !type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) &&
        IsAccessible(type);

    private bool IsAccessible(ITypeSymbol type) => _compilation.IsSymbolAccessibleWithin(type, _endpoint);

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        INamespaceSymbol? root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name is "System" or "Microsoft";
    }

    private static bool HasAttribute(ISymbol symbol, string namespaceName, string attributeName) =>
        symbol.GetAttributes().Any(a => IsAttribute(a, namespaceName, attributeName));

    private static string? AttributeArgument(ISymbol symbol, string namespaceName, string attributeName)
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

    private static bool IsAttribute(AttributeData attribute, string namespaceName, string attributeName) =>
        attribute.AttributeClass is { } attributeClass && IsType(attributeClass, namespaceName, attributeName);

    private static bool IsType(INamedTypeSymbol type, string namespaceName, string metadataName) =>
        type.MetadataName == metadataName && type.ContainingNamespace.ToDisplayString() == namespaceName;

    private static string FullyQualifiedName(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualifiedFormat);

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    private static Location? IdentifierLocation(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseTypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();

    private Location? MemberLocation(IPropertySymbol property) =>
        property.Locations.FirstOrDefault(l => l.IsInSource) ?? IdentifierLocation(_endpoint);

    /// <summary>The constructor argument at <paramref name="index"/>, or the one named <paramref name="name"/> when arguments are named.</summary>
    private static Location? ArgumentLocation(AttributeData attribute, int index, string name)
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
}
