using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers;

/// <summary>Every diagnostic OkxGen reports, in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string Usage = "Usage";

    public static readonly DiagnosticDescriptor EndpointTypeMustBePartial = Create(
        DiagnosticIds.EndpointTypeMustBePartial,
        "OKX endpoint type must be partial",
        "'{0}' must be declared partial, so that OkxGen can add the canonical serializer to it",
        "The generator adds the serializer and the IOkxRequest implementation to the endpoint type, which needs the type and every type containing it to be partial. Without it, nothing is generated for the type.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidEndpointMethod = Create(
        DiagnosticIds.InvalidEndpointRoute,
        "OKX endpoint method or path is invalid",
        "OKX V5 endpoints use the method GET or POST in upper case, not '{0}'",
        "OKX V5 REST endpoints are GET or POST, and OKX signs the method in upper case. The path starts with /api/v5/ and holds no query string, fragment or whitespace: the query comes from the members.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidEndpointPath = Create(
        DiagnosticIds.InvalidEndpointRoute,
        "OKX endpoint method or path is invalid",
        "'{0}' is not an OKX V5 path: it must start with /api/v5/ and hold no '?', '#' or whitespace (query parameters come from the members)",
        "OKX V5 REST endpoints are GET or POST, and OKX signs the method in upper case. The path starts with /api/v5/ and holds no query string, fragment or whitespace: the query comes from the members.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        DiagnosticIds.UnsupportedMemberType,
        "OKX request member has a type the serializer cannot write",
        "'{0}' has type '{1}', which OkxGen cannot write; use string, decimal, int, long, bool, an enum, a class, record or struct of these, or an array, List<T>, IList<T> or IReadOnlyList<T> of them, or mark it [JsonIgnore]",
        "The canonical form has one spelling for each supported type: strings escaped by one rule, numbers as invariant strings, enums as their wire values. Other types (double, DateTime, object, dictionaries, IEnumerable<T>) have no single spelling or would allocate, so the generator does not guess.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateWireName = Create(
        DiagnosticIds.DuplicateWireName,
        "Two OKX request members have one wire name",
        "Wire name '{0}' is used by both '{1}' and '{2}'; give one of them another [JsonPropertyName] or mark it [JsonIgnore]",
        "A JSON object or query string with one key twice is read differently by different servers; OKX would see only one of the values.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor QueryMemberMustBeScalar = Create(
        DiagnosticIds.QueryMemberMustBeScalar,
        "GET request member cannot go in a query string",
        "'{0}' has type '{1}', which cannot go in a query string; GET members are strings, numbers, booleans, enums, or lists of these (sent comma-separated)",
        "A GET request has no body: its members form the query string, which holds only flat values. OKX sends lists as comma-separated values.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidBodyMember = Create(
        DiagnosticIds.InvalidBodyMember,
        "[OkxBody] is misused",
        "[OkxBody] on '{0}' cannot be served: {1}",
        "[OkxBody] makes one list member the whole JSON array body of a POST endpoint, as /api/v5/trade/batch-orders needs. The endpoint can then have no other serialized member.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableResponseType = Create(
        DiagnosticIds.UnreadableResponseType,
        "OKX response type cannot be read",
        "Response type '{0}' cannot be read: {1}",
        "The generator writes a reader for the Response type without reflection: a class, record or struct with a public parameterless constructor (or exactly one public constructor whose parameters match properties), whose members are strings, decimal, int, long, bool, DateTimeOffset (Unix milliseconds), enums, nested objects or lists of these.",
        Usage,
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, string description, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinks.For(id));
}
