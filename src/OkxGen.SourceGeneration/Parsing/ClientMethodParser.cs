using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>Names the typed <c>OkxClient</c> method of an endpoint: <c>PlaceOrderRequest</c> gets <c>PlaceOrderAsync</c>.</summary>
internal static class ClientMethodParser
{
    private const string RequestSuffix = "Request";

    /// <returns>The method, or <see langword="null"/> when the type is not visible outside its containing types.</returns>
    /// <remarks>Generic endpoint types never get here: the parser reports them (OKX021).</remarks>
    public static ClientMethodSpec? Parse(INamedTypeSymbol endpoint)
    {
        string? accessibility = EffectiveAccessibility(endpoint);
        if (accessibility is null)
        {
            return null;
        }

        string name = endpoint.Name;
        string stem = name.Length > RequestSuffix.Length && name.EndsWith(RequestSuffix, System.StringComparison.Ordinal)
            ? name.Substring(0, name.Length - RequestSuffix.Length)
            : name;

        string className = name;
        for (INamedTypeSymbol? container = endpoint.ContainingType; container is not null; container = container.ContainingType)
        {
            className = container.Name + className;
        }

        return new ClientMethodSpec(className + "OkxClientExtensions", stem + "Async", accessibility);
    }

    // "public" when the type and all its containers are public, "internal" when visible in the assembly, else null.
    private static string? EffectiveAccessibility(INamedTypeSymbol type)
    {
        string accessibility = "public";
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Internal or Accessibility.ProtectedOrInternal:
                    accessibility = "internal";
                    break;
                default:
                    return null;
            }
        }

        return accessibility;
    }
}
