using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxGen.SourceGeneration.Parsing;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// Reports <c>[JsonPropertyOrder]</c> on a member of an <c>[OkxEndpoint]</c> type or of a type it writes (OKX005):
/// the generated serializer always sorts keys by ordinal, so the attribute promises an order that never happens.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PropertyOrderIgnoredAnalyzer : DiagnosticAnalyzer
{
    private const string PropertyOrderAttributeName = "System.Text.Json.Serialization.JsonPropertyOrderAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PropertyOrderIgnored);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            Compilation compilation = start.Compilation;
            INamedTypeSymbol? endpointAttribute = compilation.GetTypeByMetadataName(EndpointParser.EndpointAttributeName);
            INamedTypeSymbol? orderAttribute = compilation.GetTypeByMetadataName(PropertyOrderAttributeName);
            if (endpointAttribute is null || orderAttribute is null)
            {
                return;
            }

            // The diagnostic belongs to the property that carries the attribute (so that the IDE shows it and offers the
            // fix as the file is edited), which needs to know which types endpoints write. That walk over the source
            // types runs once per compilation, and only when some property carries [JsonPropertyOrder].
            var writtenTypes = new Lazy<HashSet<INamedTypeSymbol>>(
                () => WrittenTypes(compilation, endpointAttribute),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSymbolAction(
                context => AnalyzeProperty(context, orderAttribute, writtenTypes),
                SymbolKind.Property);
        });
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, INamedTypeSymbol orderAttribute, Lazy<HashSet<INamedTypeSymbol>> writtenTypes)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property is not { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public })
        {
            return;
        }

        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, orderAttribute) &&
                attribute.ApplicationSyntaxReference is { } syntax &&
                !SymbolFacts.IsIgnored(property) &&
                writtenTypes.Value.Contains(property.ContainingType))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PropertyOrderIgnored,
                    Location.Create(syntax.SyntaxTree, syntax.Span),
                    $"{property.ContainingType.Name}.{property.Name}"));
            }
        }
    }

    // Every source type an endpoint writes: the endpoints, the objects their members hold (through lists, at any depth),
    // and the base types whose properties they inherit.
    private static HashSet<INamedTypeSymbol> WrittenTypes(Compilation compilation, INamedTypeSymbol endpointAttribute)
    {
        var written = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamedTypeSymbol>();
        var namespaces = new Stack<INamespaceOrTypeSymbol>();
        namespaces.Push(compilation.Assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            INamespaceOrTypeSymbol container = namespaces.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
                {
                    namespaces.Push(child);
                }
            }

            foreach (INamedTypeSymbol type in container.GetTypeMembers())
            {
                namespaces.Push(type);
                if (HasAttribute(type, endpointAttribute))
                {
                    pending.Push(type);
                }
            }
        }

        while (pending.Count > 0)
        {
            INamedTypeSymbol type = pending.Pop();
            if (!written.Add(type))
            {
                continue;
            }

            for (INamedTypeSymbol? baseType = type.BaseType; baseType is { SpecialType: SpecialType.None }; baseType = baseType.BaseType)
            {
                written.Add(baseType);
            }

            foreach (IPropertySymbol property in SymbolFacts.SerializedProperties(type))
            {
                if (WrittenObjectType(property.Type) is { } nested)
                {
                    pending.Push(nested);
                }
            }
        }

        return written;
    }

    // The user-declared class, record or struct a member writes as a nested object, through Nullable<T> and lists.
    private static INamedTypeSymbol? WrittenObjectType(ITypeSymbol type)
    {
        while (true)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }
            else if (SymbolFacts.IsList(type, out ITypeSymbol? element, out _))
            {
                type = element;
            }
            else
            {
                break;
            }
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named &&
            named.Locations.Length > 0 && named.Locations[0].IsInSource
            ? named
            : null;
    }

    private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol attributeClass)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
