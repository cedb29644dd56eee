using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;

using static OkxGen.SourceGeneration.Parsing.SymbolFacts;

namespace OkxGen.SourceGeneration.Parsing;

// The members the generator adds to an endpoint type. A member of the user's with one of these names is reported
// rather than left to a CS0102 in generated code; the same member generated for an endpoint base type is hidden with
// 'new', so that a derived endpoint writes its own wire form.
internal sealed partial class EndpointParser
{
    private static readonly string[] BodyMemberNames = ["Endpoint", "TryWriteBody", "WriteBody", "ToJson", "OkxJson"];
    private static readonly string[] QueryMemberNames = ["Endpoint", "TryWriteQuery", "ToQueryString", "OkxQuery"];

    private static string[] GeneratedMemberNames(string? method) => method == "GET" ? QueryMemberNames : BodyMemberNames;

    // The nested OkxJson and OkxQuery classes are private: a derived type cannot see, and so does not hide, a base's.
    private static bool IsVisibleToDerivedTypes(string generatedName) => generatedName is not ("OkxJson" or "OkxQuery");

    /// <returns>The generated members that hide those generated for an endpoint base type.</returns>
    private ImmutableEquatableArray<string> CheckGeneratedMemberNames(string? method)
    {
        string[] generated = GeneratedMemberNames(method);
        if (Array.IndexOf(generated, _endpoint.Name) >= 0)
        {
            Report(EndpointProblemKind.GeneratedMemberCollision, IdentifierLocation(_endpoint), _endpoint.Name, _endpoint.Name);
        }

        var hidden = new List<string>();
        foreach (string name in generated)
        {
            foreach (ISymbol member in _endpoint.GetMembers(name).Where(IsWrittenByUser))
            {
                Report(EndpointProblemKind.GeneratedMemberCollision, member.Locations.FirstOrDefault(l => l.IsInSource) ?? IdentifierLocation(_endpoint), $"{_endpoint.Name}.{name}", name);
            }

            for (INamedTypeSymbol? baseType = _endpoint.BaseType; baseType is { SpecialType: not SpecialType.System_Object }; baseType = baseType.BaseType)
            {
                if (IsVisibleToDerivedTypes(name) &&
                    EndpointMethod(baseType) is { } baseMethod &&
                    Array.IndexOf(GeneratedMemberNames(baseMethod), name) >= 0 &&
                    !hidden.Contains(name))
                {
                    hidden.Add(name);
                }

                foreach (ISymbol member in baseType.GetMembers(name).Where(m => IsWrittenByUser(m) && m.DeclaredAccessibility != Accessibility.Private))
                {
                    Report(EndpointProblemKind.GeneratedMemberCollision, IdentifierLocation(_endpoint), $"{baseType.Name}.{name}", name);
                }
            }
        }

        return hidden.ToImmutableEquatableArray();
    }

    private void CheckNotGeneric()
    {
        if (_endpoint.IsGenericType)
        {
            Report(EndpointProblemKind.GenericEndpoint, IdentifierLocation(_endpoint), _endpoint.Name);
        }
    }

    private static string? EndpointMethod(INamedTypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (IsAttribute(attribute, "OkxGen", "OkxEndpointAttribute") && attribute.ConstructorArguments.Length == 2)
            {
                return attribute.ConstructorArguments[0].Value as string;
            }
        }

        return null;
    }

    // The analyzers see the generator's output in the compilation: its members carry [GeneratedCode("OkxGen.Generator", ...)].
    private static bool IsWrittenByUser(ISymbol member) =>
        !member.IsImplicitlyDeclared &&
        !member.GetAttributes().Any(a => IsAttribute(a, "System.CodeDom.Compiler", "GeneratedCodeAttribute") &&
                                         a.ConstructorArguments.Length > 0 &&
                                         a.ConstructorArguments[0].Value is "OkxGen.Generator");
}
