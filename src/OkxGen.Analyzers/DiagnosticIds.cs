namespace OkxGen.Analyzers;

/// <summary>The IDs of OkxGen's diagnostics. Never reuse or renumber one: users suppress them by ID.</summary>
public static class DiagnosticIds
{
    /// <summary>An <c>[OkxEndpoint]</c> type, or a type containing it, is not <c>partial</c>.</summary>
    public const string EndpointTypeMustBePartial = "OKX001";

    /// <summary>The method is not GET or POST, or the path is not an OKX V5 path.</summary>
    public const string InvalidEndpointRoute = "OKX002";

    /// <summary>A member's type cannot be written.</summary>
    public const string UnsupportedMemberType = "OKX003";

    /// <summary>Two members share one wire name.</summary>
    public const string DuplicateWireName = "OKX004";

    /// <summary><c>[JsonPropertyOrder]</c> on an OKX request member: keys are always sorted, the order is ignored.</summary>
    public const string PropertyOrderIgnored = "OKX005";

    /// <summary>A GET member is an object or a list of objects.</summary>
    public const string QueryMemberMustBeScalar = "OKX006";

    /// <summary><c>[OkxBody]</c> is misused.</summary>
    public const string InvalidBodyMember = "OKX007";

    /// <summary>The <c>Response</c> type of an endpoint cannot be read.</summary>
    public const string UnreadableResponseType = "OKX008";

    /// <summary>An <c>[OkxEndpoint]</c> instance is given to a reflection serializer, which does not sort keys.</summary>
    public const string EndpointSerializedByReflection = "OKX010";

    /// <summary>JSON that reaches a signature is serialized with indentation.</summary>
    public const string IndentedJsonIsSigned = "OKX011";

    /// <summary>A reflection-serialized object or a dictionary whose keys are not in ordinal order reaches a signature.</summary>
    public const string UnsortedKeysAreSigned = "OKX012";

    /// <summary>A JSON literal or template that reaches a signature has whitespace outside strings or unsorted keys.</summary>
    public const string HandWrittenJsonNotCanonical = "OKX013";

    /// <summary>A number formatted with the current culture reaches a signature.</summary>
    public const string CultureSensitiveTextIsSigned = "OKX014";

    /// <summary>A signing timestamp is not UTC ISO 8601 with three fractional digits in the invariant culture.</summary>
    public const string InvalidSigningTimestamp = "OKX015";

    /// <summary>The body that is sent and the body that is signed come from two serializations of one object.</summary>
    public const string BodySerializedTwice = "OKX016";

    /// <summary>A GET sends a query string that its signed path does not contain.</summary>
    public const string QueryStringNotSigned = "OKX017";

    /// <summary>A member of an <c>[OkxEndpoint]</c> type, or of its base type, has the name of a member OkxGen generates.</summary>
    public const string GeneratedMemberCollision = "OKX020";

    /// <summary>An <c>[OkxEndpoint]</c> type, or a type containing it, is generic.</summary>
    public const string GenericEndpointType = "OKX021";

    /// <summary>A list member of an OKX request declares nullable elements, and a null element throws when written.</summary>
    public const string NullableListElement = "OKX022";

    /// <summary>The rate limit declared on an <c>[OkxEndpoint]</c> is out of range (a negative limit, a window under one second).</summary>
    public const string InvalidRateLimit = "OKX050";
    /// <summary>The timestamp sent in a header and the timestamp signed come from two reads of a clock.</summary>
    public const string SentTimestampDiffersFromSigned = "OKX040";

    /// <summary>A signing header is added to <c>HttpClient.DefaultRequestHeaders</c>, shared by every request.</summary>
    public const string SigningHeaderOnDefaultHeaders = "OKX041";

    /// <summary>A request URI (its query) is signed in another encoding than the request sends it.</summary>
    public const string QuerySignedInAnotherEncoding = "OKX042";
    /// <summary>An <c>[OkxChannel]</c> names no channel.</summary>
    public const string EmptyChannelName = "OKX030";

    /// <summary>An <c>[OkxChannel]</c>'s <c>Push</c> type is missing or cannot be read.</summary>
    public const string UnreadablePushType = "OKX031";

    /// <summary><c>WebSocketOp</c> is set on a <c>GET</c> endpoint.</summary>
    public const string WebSocketOpOnGet = "OKX032";

    /// <summary><c>WebSocketOp</c> is not one of OKX's WebSocket order operations.</summary>
    public const string UnknownWebSocketOp = "OKX033";
}
