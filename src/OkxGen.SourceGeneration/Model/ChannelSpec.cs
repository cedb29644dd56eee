namespace OkxGen.SourceGeneration.Model;

/// <summary>Everything the emitter needs to write one <c>[OkxChannel]</c> type's source file, decided by the parser.</summary>
/// <param name="Declaration">Where and how the partial type is declared.</param>
/// <param name="Channel">OKX's channel name, unescaped.</param>
/// <param name="EncodedChannel">The channel name as a JSON string, escaped, quotes included.</param>
/// <param name="Endpoint">The <c>OkxWebSocketEndpoint</c> member: <c>Public</c>, <c>Private</c> or <c>Business</c>.</param>
/// <param name="Root">The argument's own members, sorted by wire name (the <c>channel</c> key is written among them).</param>
/// <param name="ObjectTypes">The other types written as JSON objects.</param>
/// <param name="EnumTypes">The enum types written as strings.</param>
/// <param name="Push">How a push's items are read.</param>
internal sealed record ChannelSpec(
    TypeDeclarationSpec Declaration,
    string Channel,
    string EncodedChannel,
    string Endpoint,
    ObjectTypeSpec Root,
    ImmutableEquatableArray<ObjectTypeSpec> ObjectTypes,
    ImmutableEquatableArray<EnumTypeSpec> EnumTypes,
    ResponseSpec Push);
