using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers.Internals;

/// <summary>Questions about types that several rules ask.</summary>
internal static class TypeFacts
{
    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it; false when either is unknown.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is the type <paramref name="name"/> of namespace <paramref name="containingNamespace"/>.</summary>
    public static bool Is(ITypeSymbol? type, string name, string containingNamespace) =>
        type is not null && type.Name == name && IsNamespace(type.ContainingNamespace, containingNamespace);

    /// <summary>Whether <paramref name="ns"/> is the namespace spelled <paramref name="dottedName"/> (<c>System.Text</c>), without formatting its name.</summary>
    public static bool IsNamespace(INamespaceSymbol? ns, string dottedName)
    {
        int end = dottedName.Length;
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            int start = end - ns.Name.Length;
            if (start < 0 || string.CompareOrdinal(dottedName, start, ns.Name, 0, ns.Name.Length) != 0 || (start > 0 && dottedName[start - 1] != '.'))
            {
                return false;
            }

            end = start - 1;
        }

        return end == -1 && ns is not null;
    }

    /// <summary><c>DateTime</c> or <c>DateTimeOffset</c>, nullable or not.</summary>
    public static bool IsDate(ITypeSymbol? type)
    {
        type = WithoutNullable(type);
        return type is not null && (type.SpecialType == SpecialType.System_DateTime || Is(type, "DateTimeOffset", "System"));
    }

    /// <summary>The underlying type of a <c>Nullable&lt;T&gt;</c>, or the type itself.</summary>
    public static ITypeSymbol? WithoutNullable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] } ? underlying : type;
}
