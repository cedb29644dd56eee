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
/// <param name="AcceptsExpTime">Whether the endpoint honours the <c>expTime</c> header.</param>
/// <param name="Response">How response items are read, or <see langword="null"/> for raw <c>JsonElement</c> items.</param>
/// <param name="ClientMethod">The typed method added to <c>OkxClient</c>, or <see langword="null"/> when the type cannot have one.</param>
/// <param name="HiddenMembers">The generated members that hide the same members generated for an endpoint base type (written with <c>new</c>).</param>
/// <param name="RateLimit">The declared rate limit, or <see langword="null"/> when none is declared.</param>
/// <param name="WebSocketOp">OKX's WebSocket order operation that carries the request (<c>order</c>...), or <see langword="null"/>.</param>
/// <param name="Idempotent">Whether the declaration sets <c>Idempotent = true</c>: OKX applies the <c>POST</c> at most once, so it may be retried.</param>
internal sealed record EndpointSpec(
    TypeDeclarationSpec Declaration,
    string Method,
    string Path,
    bool IsSigned,
    RequestShape Shape,
    ObjectTypeSpec Root,
    ImmutableEquatableArray<ObjectTypeSpec> ObjectTypes,
    ImmutableEquatableArray<EnumTypeSpec> EnumTypes,
    bool AcceptsExpTime,
    ResponseSpec? Response,
    ClientMethodSpec? ClientMethod,
    ImmutableEquatableArray<string> HiddenMembers,
    RateLimitSpec? RateLimit,
    string? WebSocketOp = null,
    bool Idempotent = false);

/// <summary>The extension method on <c>OkxClient</c> that sends an endpoint's request.</summary>
/// <param name="ClassName">The static class holding it, for example <c>PlaceOrderRequestOkxClientExtensions</c>.</param>
/// <param name="MethodName">The method, for example <c>PlaceOrderAsync</c>.</param>
/// <param name="Accessibility">The class's accessibility: <c>public</c> or <c>internal</c>, as the endpoint type's.</param>
internal sealed record ClientMethodSpec(string ClassName, string MethodName, string Accessibility);

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
