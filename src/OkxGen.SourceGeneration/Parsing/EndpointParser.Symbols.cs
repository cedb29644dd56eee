using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.SourceGeneration.Model;

using static OkxGen.SourceGeneration.Parsing.SymbolFacts;

namespace OkxGen.SourceGeneration.Parsing;

// The symbol questions only the endpoint parser asks: what a null means, which objects it can write, where to report.
internal sealed partial class EndpointParser
{
    // Narrower integers are written through int or long, whose invariant digits are the same.
    private static ValueKind? ScalarKind(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String => ValueKind.String,
        SpecialType.System_Decimal => ValueKind.Decimal,
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 => ValueKind.Int32,
        SpecialType.System_UInt32 or SpecialType.System_Int64 => ValueKind.Int64,
        SpecialType.System_UInt64 => ValueKind.UInt64,
        SpecialType.System_Boolean => ValueKind.Boolean,
        _ when type is INamedTypeSymbol named && IsType(named, "System", "DateTimeOffset") => ValueKind.UnixMilliseconds,
        _ => null,
    };

    private static NullHandling NullHandlingOf(ITypeSymbol type) => type switch
    {
        { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } => NullHandling.Omit,
        { IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated } => NullHandling.Throw,
        { IsReferenceType: true } => NullHandling.Omit,
        _ => NullHandling.NeverNull,
    };

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

    private static bool IsInGenericType(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAccessible(ITypeSymbol type) => _compilation.IsSymbolAccessibleWithin(type, _endpoint);

    private static Location? IdentifierLocation(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseTypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();

    private Location? MemberLocation(IPropertySymbol property) =>
        property.Locations.FirstOrDefault(l => l.IsInSource) ?? IdentifierLocation(_endpoint);
}
