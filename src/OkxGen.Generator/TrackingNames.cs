namespace OkxGen.Generator;

/// <summary>The names of the incremental pipeline's steps, so that tests can assert what was cached.</summary>
internal static class TrackingNames
{
    /// <summary>Each <c>[OkxEndpoint]</c> declaration parsed into a spec, or <see langword="null"/> when it cannot be served.</summary>
    public const string ParsedEndpoints = nameof(ParsedEndpoints);

    /// <summary>The specs the generator emits: those without problems.</summary>
    public const string ValidEndpoints = nameof(ValidEndpoints);

    /// <summary>The enums the valid endpoints write, each once.</summary>
    public const string EnumWireValues = nameof(EnumWireValues);

    /// <summary>The object types the valid endpoints' responses read, each once.</summary>
    public const string ObjectReaders = nameof(ObjectReaders);

    /// <summary>The enum types the valid endpoints' responses read, each once.</summary>
    public const string EnumReaders = nameof(EnumReaders);

    /// <summary>Each <c>[OkxChannel]</c> declaration parsed into a spec, or <see langword="null"/> when it cannot be served.</summary>
    public const string ParsedChannels = nameof(ParsedChannels);

    /// <summary>The channel specs the generator emits: those without problems.</summary>
    public const string ValidChannels = nameof(ValidChannels);

    /// <summary>The valid endpoints that declare a WebSocket order operation.</summary>
    public const string WebSocketOperations = nameof(WebSocketOperations);
}
