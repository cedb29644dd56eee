using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Text;

using static OkxGen.SourceGeneration.Parsing.SymbolFacts;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>
/// Reads the type named by <c>[OkxEndpoint(Response = typeof(T))]</c> and decides how a generated reader fills it from
/// OKX's JSON: which properties, under which names, through the constructor or the initializer.
/// </summary>
internal sealed class ResponseParser
{
    private static readonly SymbolDisplayFormat TypeNameFormat = FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly Compilation _compilation;
    private readonly List<string> _problems = [];
    private readonly Dictionary<ITypeSymbol, bool> _objectTypesSeen = new(SymbolEqualityComparer.Default);
    private readonly List<ReadableObjectSpec> _objectTypes = [];
    private readonly Dictionary<ITypeSymbol, ReadableEnumSpec> _enumTypes = new(SymbolEqualityComparer.Default);

    private ResponseParser(Compilation compilation) => _compilation = compilation;

    /// <summary>Parses <paramref name="responseType"/> and every type it reaches.</summary>
    /// <returns>The spec, or the problems (each a sentence naming the type or member) when it cannot be read.</returns>
    public static (ResponseSpec? Spec, ImmutableArray<string> Problems) Parse(INamedTypeSymbol responseType, Compilation compilation)
    {
        var parser = new ResponseParser(compilation);
        if (!parser.ParseObject(responseType) || parser._problems.Count > 0)
        {
            return (null, parser._problems.ToImmutableArray());
        }

        ReadableObjectSpec root = parser._objectTypes.First(o => o.TypeName == TypeNameOf(responseType));
        var spec = new ResponseSpec(
            root.TypeName,
            root.Reader.FullName,
            parser._objectTypes.ToImmutableEquatableArray(),
            parser._enumTypes.Values.ToImmutableEquatableArray());
        return (spec, ImmutableArray<string>.Empty);
    }

    private bool ParseObject(INamedTypeSymbol type)
    {
        if (_objectTypesSeen.TryGetValue(type, out bool valid))
        {
            return valid;
        }

        string? mistake =
            type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.SpecialType != SpecialType.None || IsFrameworkType(type) ? "it is not a class, record or struct of yours" :
            type.IsAbstract ? "it is abstract" :
            type.IsGenericType ? "it is generic" :
            type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) ? "it is a collection; name the item type instead, as OKX's data is already an array" :
            !_compilation.IsSymbolAccessibleWithin(type, _compilation.Assembly) ? "it is not accessible from the rest of the assembly" :
            null;
        if (mistake is not null)
        {
            _problems.Add($"'{Display(type)}' cannot be read: {mistake}");
            _objectTypesSeen[type] = false;
            return false;
        }

        // Marked valid while its members are parsed, so that a type containing itself ends the recursion.
        _objectTypesSeen[type] = true;
        int problemsBefore = _problems.Count;
        ReadableObjectSpec? spec = ParseObjectMembers(type);
        valid = spec is not null && _problems.Count == problemsBefore;
        _objectTypesSeen[type] = valid;
        if (valid)
        {
            _objectTypes.Add(spec!);
        }

        return valid;
    }

    private ReadableObjectSpec? ParseObjectMembers(INamedTypeSymbol type)
    {
        IMethodSymbol? constructor = ChooseConstructor(type);
        if (constructor is null)
        {
            _problems.Add($"'{Display(type)}' cannot be read: it needs a public parameterless constructor, or exactly one public constructor");
            return null;
        }

        var members = new List<ReadableMemberSpec>();
        var wireNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var localNames = new HashSet<string>(StringComparer.Ordinal) { "reader", "list", "propertyName" };
        var filledParameters = new HashSet<int>();
        foreach (IPropertySymbol property in SerializedProperties(type))
        {
            string displayName = $"{type.Name}.{property.Name}";
            IParameterSymbol? parameter = constructor.Parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            bool settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
            if (parameter is null && !settable)
            {
                continue;
            }

            ReadableValueSpec? value = ParseValue(property.Type, displayName);
            if (value is null)
            {
                continue;
            }

            string wireName = WireName(property);
            if (wireNames.TryGetValue(wireName, out string? other))
            {
                _problems.Add($"'{other}' and '{displayName}' both read the JSON property '{wireName}'");
                continue;
            }

            wireNames.Add(wireName, displayName);
            if (parameter is not null)
            {
                filledParameters.Add(parameter.Ordinal);
            }

            members.Add(new ReadableMemberSpec(property.Name, displayName, LocalNames.For(property.Name, localNames), wireName, value, parameter?.Ordinal ?? -1));
        }

        foreach (IParameterSymbol parameter in constructor.Parameters.Where(p => !filledParameters.Contains(p.Ordinal)))
        {
            _problems.Add($"the constructor parameter '{parameter.Name}' of '{Display(type)}' matches no public property");
        }

        bool hasItemStatus =
            members.Any(m => m.PropertyName == "SCode" && m.Value.Kind == ValueKind.String) &&
            members.Any(m => m.PropertyName == "SMsg" && m.Value.Kind == ValueKind.String);
        return new ReadableObjectSpec(
            TypeNameOf(type),
            type.Name,
            HelperType(type, "OkxReader"),
            members.ToImmutableEquatableArray(),
            constructor.Parameters.Length,
            hasItemStatus);
    }

    // A parameterless constructor if there is one; otherwise the only public one (a positional record's).
    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type)
    {
        IMethodSymbol[] constructors = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public)
            .ToArray();
        IMethodSymbol[] declared = constructors.Where(c => !(c.IsImplicitlyDeclared && type.IsValueType)).ToArray();
        return declared.FirstOrDefault(c => c.Parameters.Length == 0)
            ?? (declared.Length == 1 ? declared[0] : null)
            ?? (declared.Length == 0 ? constructors.FirstOrDefault(c => c.Parameters.Length == 0) : null);
    }

    private ReadableValueSpec? ParseValue(ITypeSymbol type, string displayName)
    {
        bool isNullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }

        string typeName = TypeNameOf(type);
        ReadableValueSpec Scalar(ValueKind kind) => new(kind, typeName, isNullable, type.IsValueType, null, false, null);
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return Scalar(ValueKind.String);
            case SpecialType.System_Decimal: return Scalar(ValueKind.Decimal);
            case SpecialType.System_Int32: return Scalar(ValueKind.Int32);
            case SpecialType.System_Int64: return Scalar(ValueKind.Int64);
            case SpecialType.System_Boolean: return Scalar(ValueKind.Boolean);
        }

        if (type is INamedTypeSymbol named && IsType(named, "System", "DateTimeOffset"))
        {
            return Scalar(ValueKind.UnixMilliseconds);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && _compilation.IsSymbolAccessibleWithin(enumType, _compilation.Assembly))
        {
            ReadableEnumSpec spec = ParseEnum(enumType);
            return new ReadableValueSpec(ValueKind.Enum, typeName, isNullable, true, null, false, spec.Reader.FullName);
        }

        if (IsList(type, out ITypeSymbol? elementType, out _))
        {
            ReadableValueSpec? element = ParseValue(elementType, displayName);
            return element is null ? null : new ReadableValueSpec(ValueKind.List, typeName, isNullable, false, element, type is IArrayTypeSymbol, null);
        }

        if (type is INamedTypeSymbol objectType && objectType.TypeKind is TypeKind.Class or TypeKind.Struct && !IsFrameworkType(objectType))
        {
            return ParseObject(objectType)
                ? new ReadableValueSpec(ValueKind.Object, typeName, isNullable, type.IsValueType, null, false, HelperType(objectType, "OkxReader").FullName)
                : null;
        }

        _problems.Add($"'{displayName}' has type '{Display(type)}', which OkxGen cannot read; use string, decimal, int, long, bool, DateTimeOffset (Unix milliseconds), an enum, a class, record or struct, or a list of these");
        return null;
    }

    private ReadableEnumSpec ParseEnum(INamedTypeSymbol type)
    {
        if (_enumTypes.TryGetValue(type, out ReadableEnumSpec? existing))
        {
            return existing;
        }

        var members = new List<EnumMemberSpec>();
        var values = new HashSet<object>();
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.HasConstantValue && values.Add(field.ConstantValue!))
            {
                members.Add(new EnumMemberSpec(field.Name, AttributeArgument(field, "OkxGen", "OkxValueAttribute") ?? WireNames.ToSnakeCase(field.Name)));
            }
        }

        var spec = new ReadableEnumSpec(TypeNameOf(type), type.Name, HelperType(type, "OkxReader"), members.ToImmutableEquatableArray());
        _enumTypes[type] = spec;
        return spec;
    }

    private static string TypeNameOf(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat);
}
