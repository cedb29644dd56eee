using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Text;

using static OkxGen.SourceGeneration.Parsing.SymbolFacts;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>
/// Reads an <c>[OkxEndpoint]</c> type and decides everything about its wire form: which members are written, under
/// which names, in which order, and how each value is written. The generator emits the resulting spec; the analyzers
/// report the problems, so that a declaration the generator skips always shows an error.
/// </summary>
internal sealed partial class EndpointParser
{
    public const string EndpointAttributeName = "OkxGen.OkxEndpointAttribute";

    private readonly INamedTypeSymbol _endpoint;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly List<EndpointProblem> _problems = [];
    private readonly Dictionary<ITypeSymbol, bool> _objectTypesSeen = new(SymbolEqualityComparer.Default);
    private readonly List<ObjectTypeSpec> _objectTypes = [];
    private readonly Dictionary<ITypeSymbol, EnumTypeSpec> _enumTypes = new(SymbolEqualityComparer.Default);
    private RequestShape _shape;

    // Problems found inside nested types are reported on the endpoint member that leads to them, so that each is
    // reported once and in the endpoint's own file.
    private Location? _currentMemberLocation;

    private EndpointParser(INamedTypeSymbol endpoint, Compilation compilation, CancellationToken cancellationToken)
    {
        _endpoint = endpoint;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses <paramref name="endpoint"/>, which carries <paramref name="attribute"/>.</summary>
    /// <returns>The spec, or only problems when the generator cannot serve the declaration.</returns>
    public static EndpointParseResult Parse(
        INamedTypeSymbol endpoint,
        AttributeData attribute,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var parser = new EndpointParser(endpoint, compilation, cancellationToken);
        EndpointSpec? spec = parser.ParseEndpoint(attribute);
        return new EndpointParseResult(parser.ErrorCount == 0 ? spec : null, parser._problems.ToImmutableArray());
    }

    private EndpointSpec? ParseEndpoint(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 2 ||
            attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error ||
            attribute.ConstructorArguments[1].Kind == TypedConstantKind.Error)
        {
            // The compiler already reports a malformed attribute.
            return null;
        }

        string? method = attribute.ConstructorArguments[0].Value as string;
        string? path = attribute.ConstructorArguments[1].Value as string;

        bool isSigned = true;
        bool acceptsExpTime = false;
        bool idempotent = false;
        INamedTypeSymbol? responseType = null;
        string? webSocketOp = null;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            switch (argument.Key, argument.Value.Value)
            {
                case ("Signed", bool signed):
                    isSigned = signed;
                    break;
                case ("AcceptsExpTime", bool accepts):
                    acceptsExpTime = accepts;
                    break;
                case ("Idempotent", bool declared):
                    idempotent = declared;
                    break;
                case ("Response", INamedTypeSymbol type):
                    responseType = type;
                    break;
                case ("WebSocketOp", string op):
                    webSocketOp = op;
                    break;
            }
        }

        CheckPartial();
        CheckNotGeneric();
        CheckMethod(method, attribute);
        CheckPath(path, attribute);
        CheckWebSocketOp(webSocketOp, method, attribute);
        _shape = method == "GET" ? RequestShape.Query : RequestShape.ObjectBody;

        ImmutableEquatableArray<string> hiddenMembers = CheckGeneratedMemberNames(method);
        ObjectTypeSpec root = ParseRoot();
        ResponseSpec? response = ParseResponse(responseType, attribute);
        RateLimitSpec? rateLimit = ParseRateLimit(attribute, isSigned, root);
        if (ErrorCount > 0 || method is null || path is null)
        {
            return null;
        }

        return new EndpointSpec(
            DeclarationParser.Parse(_endpoint),
            method,
            path,
            isSigned,
            _shape,
            root,
            _objectTypes.ToImmutableEquatableArray(),
            _enumTypes.Values.ToImmutableEquatableArray(),
            acceptsExpTime,
            response,
            ClientMethodParser.Parse(_endpoint),
            hiddenMembers,
            rateLimit,
            webSocketOp,
            idempotent);
    }

    // No Response, or Response = typeof(JsonElement): items stay raw JSON, read by the runtime's own reader.
    private ResponseSpec? ParseResponse(INamedTypeSymbol? responseType, AttributeData attribute)
    {
        if (responseType is null || IsType(responseType, "System.Text.Json", "JsonElement"))
        {
            return null;
        }

        (ResponseSpec? spec, ImmutableArray<string> problems) = ResponseParser.Parse(responseType, _compilation);
        foreach (string problem in problems)
        {
            Report(EndpointProblemKind.UnreadableResponse, NamedArgumentLocation(attribute, "Response"), Display(responseType), problem);
        }

        return spec;
    }

    private void CheckPartial()
    {
        for (INamedTypeSymbol? type = _endpoint; type is not null; type = type.ContainingType)
        {
            if (!IsPartial(type))
            {
                Report(EndpointProblemKind.NotPartial, IdentifierLocation(_endpoint), type.Name);
                return;
            }
        }
    }

    private bool IsPartial(INamedTypeSymbol type)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration &&
                declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckMethod(string? method, AttributeData attribute)
    {
        if (method is not ("GET" or "POST"))
        {
            Report(EndpointProblemKind.InvalidMethod, ArgumentLocation(attribute, 0, "method"), method ?? "null");
        }
    }

    private void CheckPath(string? path, AttributeData attribute)
    {
        bool valid = path is not null &&
            path.StartsWith("/api/v5/", StringComparison.Ordinal) &&
            path.IndexOfAny(['?', '#']) < 0 &&
            !path.Any(char.IsWhiteSpace);
        if (!valid)
        {
            Report(EndpointProblemKind.InvalidPath, ArgumentLocation(attribute, 1, "path"), path ?? "null");
        }
    }

    private ObjectTypeSpec ParseRoot()
    {
        List<IPropertySymbol> properties = SerializedProperties(_endpoint);
        IPropertySymbol[] bodyMembers = properties.Where(p => HasAttribute(p, "OkxGen", "OkxBodyAttribute")).ToArray();
        if (bodyMembers.Length > 0)
        {
            return ParseArrayBodyRoot(properties, bodyMembers);
        }

        _objectTypesSeen[_endpoint] = true;
        return new ObjectTypeSpec(FullyQualifiedName(_endpoint), ParseMembers(_endpoint, properties, isRoot: true));
    }

    private ObjectTypeSpec ParseArrayBodyRoot(List<IPropertySymbol> properties, IPropertySymbol[] bodyMembers)
    {
        IPropertySymbol body = bodyMembers[0];
        string? mistake =
            _shape == RequestShape.Query ? "a GET endpoint has no body" :
            bodyMembers.Length > 1 ? "only one member can be the body" :
            properties.Count > 1 ? "the body member must be the endpoint's only serialized member" :
            !IsList(body.Type, out _, out _) ? "the body member must be a list" :
            null;
        if (mistake is not null)
        {
            Report(EndpointProblemKind.InvalidBodyMember, MemberLocation(body), _endpoint.Name, mistake);
            return new ObjectTypeSpec(FullyQualifiedName(_endpoint), ImmutableEquatableArray<MemberSpec>.Empty);
        }

        _shape = RequestShape.ArrayBody;
        _currentMemberLocation = MemberLocation(body);
        string displayName = $"{_endpoint.Name}.{body.Name}";
        ValueSpec? value = ParseValue(body.Type, displayName, listDepth: 0);
        if (value is null)
        {
            return new ObjectTypeSpec(FullyQualifiedName(_endpoint), ImmutableEquatableArray<MemberSpec>.Empty);
        }

        var member = new MemberSpec(body.Name, displayName, LocalNames.For(body.Name, []), string.Empty, value, NullHandling.Throw);
        return new ObjectTypeSpec(FullyQualifiedName(_endpoint), new ImmutableEquatableArray<MemberSpec>([member]));
    }

    private ImmutableEquatableArray<MemberSpec> ParseMembers(INamedTypeSymbol type, List<IPropertySymbol> properties, bool isRoot)
    {
        var members = new List<(string WireName, MemberSpec Member, IPropertySymbol Property)>(properties.Count);
        var localNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (IPropertySymbol property in properties)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (isRoot)
            {
                _currentMemberLocation = MemberLocation(property);
            }

            string displayName = $"{type.Name}.{property.Name}";
            ValueSpec? value = ParseValue(property.Type, displayName, listDepth: 0);
            if (value is null)
            {
                continue;
            }

            string wireName = WireName(property);
            string encodedName = _shape == RequestShape.Query ? CanonicalText.PercentEncode(wireName) : CanonicalText.EscapeJson(wireName);
            string localName = LocalNames.For(property.Name, localNames);
            members.Add((wireName, new MemberSpec(property.Name, displayName, localName, encodedName, value, NullHandlingOf(property.Type)), property));
        }

        // A stable sort: members sharing a wire name stay in declaration order, so OKX004 always names them in that order.
        members = members.OrderBy(m => m.WireName, WireNameComparer.Instance).ToList();
        for (int i = 1; i < members.Count; i++)
        {
            if (members[i].WireName == members[i - 1].WireName)
            {
                Location? location = isRoot ? MemberLocation(members[i].Property) : _currentMemberLocation;
                Report(EndpointProblemKind.DuplicateWireName, location, members[i].WireName, members[i - 1].Member.DisplayName, members[i].Member.DisplayName);
            }
        }

        return members.Select(m => m.Member).ToImmutableEquatableArray();
    }

    private ValueSpec? ParseValue(ITypeSymbol type, string displayName, int listDepth)
    {
        if (listDepth > 0 && (type.NullableAnnotation == NullableAnnotation.Annotated || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T))
        {
            Report(EndpointProblemKind.NullableListElement, _currentMemberLocation, displayName, Display(type));
        }

        // A Nullable<T> list element can hold null at run time just as a reference can.
        bool isReferenceType = type.IsReferenceType;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isReferenceType = true;
        }

        if (ScalarKind(type) is { } scalar)
        {
            return ValueSpec.Scalar(scalar, isReferenceType);
        }

        if (type.SpecialType is SpecialType.System_Double or SpecialType.System_Single)
        {
            Report(EndpointProblemKind.BinaryFloatingPointMember, _currentMemberLocation, displayName, Display(type));
            return null;
        }

        // Its wire values live in a class of their own beside it, which must see it from anywhere in the assembly.
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType &&
            _compilation.IsSymbolAccessibleWithin(enumType, _compilation.Assembly) &&
            !IsInGenericType(enumType))
        {
            EnumTypeSpec enumSpec = ParseEnum(enumType);
            return new ValueSpec(ValueKind.Enum, enumSpec.FullyQualifiedName, null, isReferenceType, null, enumSpec.WireValues.FullName);
        }

        if (IsList(type, out ITypeSymbol? elementType, out string? countProperty))
        {
            if (_shape == RequestShape.Query && listDepth > 0)
            {
                Report(EndpointProblemKind.ComplexQueryMember, _currentMemberLocation, displayName, Display(type));
                return null;
            }

            ValueSpec? element = ParseValue(elementType, displayName, listDepth + 1);
            return element is null ? null : new ValueSpec(ValueKind.List, null, element, isReferenceType, countProperty);
        }

        if (type is INamedTypeSymbol objectType && IsWritableObject(objectType))
        {
            if (_shape == RequestShape.Query)
            {
                Report(EndpointProblemKind.ComplexQueryMember, _currentMemberLocation, displayName, Display(type));
                return null;
            }

            return ParseObject(objectType)
                ? new ValueSpec(ValueKind.Object, FullyQualifiedName(objectType), null, isReferenceType, null)
                : null;
        }

        Report(EndpointProblemKind.UnsupportedMemberType, _currentMemberLocation, displayName, Display(type));
        return null;
    }

    private bool ParseObject(INamedTypeSymbol type)
    {
        if (_objectTypesSeen.TryGetValue(type, out bool valid))
        {
            return valid;
        }

        // Marked valid while its members are parsed, so that a type containing itself ends the recursion.
        _objectTypesSeen[type] = true;
        int errorsBefore = ErrorCount;
        var spec = new ObjectTypeSpec(FullyQualifiedName(type), ParseMembers(type, SerializedProperties(type), isRoot: false));
        valid = ErrorCount == errorsBefore;
        _objectTypesSeen[type] = valid;
        if (valid)
        {
            _objectTypes.Add(spec);
        }

        return valid;
    }

    private EnumTypeSpec ParseEnum(INamedTypeSymbol type)
    {
        if (_enumTypes.TryGetValue(type, out EnumTypeSpec? existing))
        {
            return existing;
        }

        var members = new List<EnumWireValueSpec>();
        var values = new HashSet<object>();
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
        {
            // Aliases (two names for one value) would be one switch arm twice: the first name wins.
            if (!field.HasConstantValue || !values.Add(field.ConstantValue!))
            {
                continue;
            }

            string wireValue = AttributeArgument(field, "OkxGen", "OkxValueAttribute") ?? WireNames.ToSnakeCase(field.Name);
            members.Add(new EnumWireValueSpec(field.Name, CanonicalText.EscapeJson(wireValue), CanonicalText.PercentEncode(wireValue)));
        }

        var spec = new EnumTypeSpec(FullyQualifiedName(type), HelperType(type, "OkxWireValues"), members.ToImmutableEquatableArray());
        _enumTypes[type] = spec;
        return spec;
    }

    private int ErrorCount => _problems.Count(p => p.IsError);

    private void Report(EndpointProblemKind kind, Location? location, params string[] arguments) =>
        _problems.Add(new EndpointProblem(kind, location, arguments));
}
