namespace OkxGen.SourceGeneration.Model;

/// <summary>Everything the emitter needs to write one endpoint's source file, decided by the parser.</summary>
/// <param name="Declaration">Where and how the partial type is declared.</param>
/// <param name="Method">The HTTP method, <c>GET</c> or <c>POST</c>.</param>
/// <param name="Path">The request path.</param>
/// <param name="IsSigned">Whether the request carries OKX's authentication headers.</param>
/// <param name="Shape">Whether the request is a JSON object body, a JSON array body, or a query string.</param>
/// <param name="Root">The endpoint's own serialized members, sorted by wire name.</param>
/// <param name="ObjectTypes">The other types written as JSON objects, in the order they were found.</param>
/// <param name="EnumTypes">The enum types written as strings, in the order they were found.</param>
internal sealed record EndpointSpec(
    TypeDeclarationSpec Declaration,
    string Method,
    string Path,
    bool IsSigned,
    RequestShape Shape,
    ObjectTypeSpec Root,
    ImmutableEquatableArray<ObjectTypeSpec> ObjectTypes,
    ImmutableEquatableArray<EnumTypeSpec> EnumTypes);

/// <summary>How a request's members reach the wire.</summary>
internal enum RequestShape
{
    /// <summary>A <c>POST</c> whose body is a JSON object of the members.</summary>
    ObjectBody,

    /// <summary>A <c>POST</c> whose body is the JSON array of its one <c>[OkxBody]</c> member.</summary>
    ArrayBody,

    /// <summary>A <c>GET</c> whose members form the query string.</summary>
    Query,
}
