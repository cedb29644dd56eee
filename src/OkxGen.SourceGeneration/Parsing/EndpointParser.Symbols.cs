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

    private bool IsAccessible(ITypeSymbol type) => _compilation.IsSymbolAccessibleWithin(type, _endpoint);

    private static Location? IdentifierLocation(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseTypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();

    private Location? MemberLocation(IPropertySymbol property) =>
        property.Locations.FirstOrDefault(l => l.IsInSource) ?? IdentifierLocation(_endpoint);
}
