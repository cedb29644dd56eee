using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.Analyzers.Rules;

public sealed partial class UnsortedKeysAreSignedAnalyzer
{
    private sealed partial class BlockWalk
    {
        // A value known only by its static type: its runtime type is that type only when nothing can derive from it,
        // or when System.Text.Json serializes by the declared type.
        private static Finding? ExamineReference(ITypeSymbol? type, SyntaxNode node, Naming naming) =>
            type is INamedTypeSymbol named && (named.IsSealed || named.IsValueType || !naming.Newtonsoft)
                ? ExamineClass(named, node, naming, exact: false)
                : null;

        private static Finding? ExamineClass(INamedTypeSymbol type, SyntaxNode node, Naming naming, bool exact)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsAnonymousType || type.IsAbstract
                || type.SpecialType != SpecialType.None || type.DeclaringSyntaxReferences.Length != 1
                || type.BaseType is not { SpecialType: SpecialType.System_Object or SpecialType.System_ValueType }
                || (type.IsGenericType && !exact) || HasSerializationAttribute(type.GetAttributes(), exact: true)
                || Implements(type, "IEnumerable"))
            {
                return null;
            }

            var members = new List<(int Position, string Name)>();
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (member is IFieldSymbol field)
                {
                    if (field.DeclaredAccessibility == Accessibility.Public && naming.Newtonsoft)
                    {
                        return null;
                    }

                    if (HasSerializationAttribute(field.GetAttributes(), exact: false))
                    {
                        return null;
                    }

                    continue;
                }

                if (member is not IPropertySymbol { IsIndexer: false } property)
                {
                    continue;
                }

                bool visible = property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
                if (!visible)
                {
                    if (HasSerializationAttribute(property.GetAttributes(), exact: false))
                    {
                        return null;
                    }

                    continue;
                }

                if (WireName(property, naming, out bool ignored) is not { } name)
                {
                    return null;
                }

                if (!ignored && property.Locations.Length == 1)
                {
                    members.Add((property.Locations[0].SourceSpan.Start, name));
                }
            }

            members.Sort(static (a, b) => a.Position.CompareTo(b.Position));
            var keys = new List<string>(members.Count);
            foreach ((_, string name) in members)
            {
                keys.Add(name);
            }

            return FirstUnsortedPair(keys) is (string first, string second)
                ? new Finding(node, DiagnosticDescriptors.UnsortedKeysAreSigned, $"'{type.Name}'", $"declaration order ('{first}' before '{second}')")
                : null;
        }

        // The key the serializer writes for a property; null when an attribute makes it unknowable (an order, extension data).
        private static string? WireName(IPropertySymbol property, Naming naming, out bool ignored)
        {
            ignored = false;
            string? renamed = null;
            foreach (AttributeData attribute in property.GetAttributes())
            {
                string? ns = attribute.AttributeClass?.ContainingNamespace?.ToDisplayString();
                string name = attribute.AttributeClass?.Name ?? "";
                if (ns == "System.Text.Json.Serialization")
                {
                    if (naming.Newtonsoft)
                    {
                        continue;
                    }

                    switch (name)
                    {
                        case "JsonPropertyNameAttribute" when attribute.ConstructorArguments is [{ Value: string wire }]:
                            renamed = wire;
                            break;
                        case "JsonIgnoreAttribute" when attribute.NamedArguments.Length == 0:
                            ignored = true;
                            break;
                        case "JsonConverterAttribute" or "JsonNumberHandlingAttribute" or "JsonRequiredAttribute" or "JsonIncludeAttribute":
                            break;
                        default:
                            return null;
                    }
                }
                else if (ns == "Newtonsoft.Json")
                {
                    if (!naming.Newtonsoft)
                    {
                        continue;
                    }

                    switch (name)
                    {
                        case "JsonPropertyAttribute" when attribute.NamedArguments.Length == 0:
                            if (attribute.ConstructorArguments is [{ Value: string wire }])
                            {
                                renamed = wire;
                            }
                            else if (attribute.ConstructorArguments.Length != 0)
                            {
                                return null;
                            }

                            break;
                        case "JsonIgnoreAttribute":
                            ignored = true;
                            break;
                        case "JsonConverterAttribute" or "JsonRequiredAttribute":
                            break;
                        default:
                            return null;
                    }
                }
                else if (name is "DataMemberAttribute" or "IgnoreDataMemberAttribute")
                {
                    return null;
                }
            }

            return renamed ?? (naming.CamelCase ? WireNames.ToCamelCase(property.Name) : property.Name);
        }

        private static bool HasSerializationAttribute(ImmutableArray<AttributeData> attributes, bool exact)
        {
            foreach (AttributeData attribute in attributes)
            {
                string? ns = attribute.AttributeClass?.ContainingNamespace?.ToDisplayString();
                if (ns is "System.Text.Json.Serialization" or "Newtonsoft.Json" or "System.Runtime.Serialization"
                    || (exact && attribute.AttributeClass?.Name == "OkxEndpointAttribute"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
