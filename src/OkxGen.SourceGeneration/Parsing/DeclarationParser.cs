using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>Reads how a partial type is declared, so that the emitter can re-declare it and its containing types.</summary>
internal static class DeclarationParser
{
    private static readonly SymbolDisplayFormat NameWithTypeParameters = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static TypeDeclarationSpec Parse(INamedTypeSymbol type)
    {
        var containingTypes = new System.Collections.Generic.List<ContainingTypeSpec>();
        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            containingTypes.Insert(0, new ContainingTypeSpec(Keyword(container), container.ToDisplayString(NameWithTypeParameters)));
        }

        string? namespaceName = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        string fullyQualifiedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new TypeDeclarationSpec(
            namespaceName,
            containingTypes.ToImmutableEquatableArray(),
            Keyword(type),
            type.ToDisplayString(NameWithTypeParameters),
            fullyQualifiedName,
            HintName(fullyQualifiedName));
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        (false, TypeKind.Interface) => "interface",
        _ => "class",
    };

    // "global::Demo.Outer.Request<T>" becomes "Demo.Outer.Request_T_.Okx.g.cs".
    private static string HintName(string fullyQualifiedName)
    {
        var builder = new StringBuilder(fullyQualifiedName.Length + 10);
        foreach (char c in fullyQualifiedName.Substring("global::".Length))
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return builder.Append(".Okx.g.cs").ToString();
    }
}
