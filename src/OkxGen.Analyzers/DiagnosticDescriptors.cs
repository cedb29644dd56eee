using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers;

/// <summary>Every diagnostic OkxGen reports, in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string Usage = "Usage";

    private const string UnsupportedMemberTypeDescription =
        "The canonical form has one spelling for each supported type: strings escaped by one rule, numbers as invariant strings, DateTimeOffset as Unix milliseconds, enums as their wire values. double and float are refused because binary floating point cannot hold most decimal prices exactly: 0.1 is stored as 0.1000000000000000055511151231257827, and whether it is written 0.1, 0.10000000000000001 or 1E-01 depends on the serializer, so the signed text would not be OKX's number. decimal holds the digits as written. Other types (DateTime, object, dictionaries, IEnumerable<T>) have no single spelling or would allocate, so the generator does not guess.";

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
        "'{0}' has type '{1}', which OkxGen cannot write; use string, decimal, an integer type (byte to ulong), bool, DateTimeOffset (Unix milliseconds), an enum, a class, record or struct of these, or an array, List<T>, IList<T> or IReadOnlyList<T> of them, or mark it [JsonIgnore]",
        UnsupportedMemberTypeDescription,
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BinaryFloatingPointMember = Create(
        DiagnosticIds.UnsupportedMemberType,
        "OKX request member has a type the serializer cannot write",
        "'{0}' has type '{1}', a binary floating-point type that cannot hold most prices and sizes exactly (0.1 has no exact binary form, and serializers differ in how they round it); declare it decimal",
        UnsupportedMemberTypeDescription,
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

    public static readonly DiagnosticDescriptor PropertyOrderIgnored = Create(
        DiagnosticIds.PropertyOrderIgnored,
        "[JsonPropertyOrder] has no effect on an OKX request",
        "[JsonPropertyOrder] on '{0}' has no effect: OkxGen always writes keys sorted by ordinal; remove the attribute",
        "OkxGen's serializer writes the keys of a request, and of every object inside it, sorted by ordinal, so that the text signed and the text sent are one canonical form. [JsonPropertyOrder] suggests an order that never appears on the wire; whoever reads it may rely on it, for example when writing the expected body of a test by hand.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EndpointSerializedByReflection = Create(
        DiagnosticIds.EndpointSerializedByReflection,
        "OKX request serialized by a reflection serializer",
        "'{0}' is an OKX request, and '{1}' writes its keys in declaration order, not in OkxGen's canonical sorted form; use the generated ToJson() or WriteBody, or send it with OkxClient",
        "A reflection serializer (System.Text.Json's JsonSerializer, Newtonsoft's JsonConvert and JObject, JsonContent, PostAsJsonAsync) writes keys in declaration order, with its own number and escaping rules. The result differs from the canonical text OkxGen signs and sends, and a body serialized once for the signature and once for the request is the usual cause of OKX's 50113 Invalid Sign.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IndentedJsonIsSigned = Create(
        DiagnosticIds.IndentedJsonIsSigned,
        "Signed JSON is serialized with indentation",
        "{0} writes indented JSON and the result is signed by {2}; {1}",
        "Indented JSON carries line breaks and spaces whose exact form depends on the serializer, its version and the platform's new line. The text OKX receives must be byte for byte the text that was signed, so a body that is indented for the signature and compact (or indented differently) on the wire makes OKX answer 50113 Invalid Sign. Sign and send compact JSON.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsortedKeysAreSigned = Create(
        DiagnosticIds.UnsortedKeysAreSigned,
        "Signed JSON keys are not in ordinal order",
        "{0} writes its keys in {1}, and the result is signed by {2}; build it with keys in ordinal order (a SortedDictionary with StringComparer.Ordinal, or an [OkxEndpoint] request)",
        "A reflection serializer writes the members of an anonymous object or class in declaration order, and a Dictionary, ExpandoObject, JObject or JsonObject in insertion order (a Hashtable in hash order, which changes from run to run). The signed text then depends on how the object was written, not on its content: a second serialization, another client or a refactoring that reorders members gives other bytes, and any difference between the signed and the sent text makes OKX answer 50113 Invalid Sign. Keys in ordinal order are the one deterministic form, the one OkxGen signs and sends.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CultureSortedKeysAreSigned = Create(
        DiagnosticIds.UnsortedKeysAreSigned,
        "Signed JSON keys are not in ordinal order",
        "{0} sorts its keys with {1}, not by ordinal, and the result is signed by {2}; pass StringComparer.Ordinal",
        "A reflection serializer writes the members of an anonymous object or class in declaration order, and a Dictionary, ExpandoObject, JObject or JsonObject in insertion order (a Hashtable in hash order, which changes from run to run). The signed text then depends on how the object was written, not on its content: a second serialization, another client or a refactoring that reorders members gives other bytes, and any difference between the signed and the sent text makes OKX answer 50113 Invalid Sign. Keys in ordinal order are the one deterministic form, the one OkxGen signs and sends.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HandWrittenJsonNotCanonical = Create(
        DiagnosticIds.HandWrittenJsonNotCanonical,
        "Signed JSON text is not compact and sorted",
        "This JSON text is signed by {1} but {0}; write it compact with keys in ordinal order",
        "A request body written by hand (a literal, a verbatim or raw string, an interpolated template) is signed as written. Whitespace and key order are easily changed by an edit, a formatter or a second copy of the body that is sent, and any difference between the signed and the sent text makes OKX answer 50113 Invalid Sign. The canonical form (no whitespace outside strings, keys sorted by ordinal) is the one OkxGen signs and sends.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CultureSensitiveTextIsSigned = Create(
        DiagnosticIds.CultureSensitiveTextIsSigned,
        "Signed text is formatted with the current culture",
        "'{0}' is formatted with the current culture and the text is signed by {1}; format it with CultureInfo.InvariantCulture",
        "decimal, double and float are written with the current culture's decimal separator unless a provider is given: 0.0001 becomes 0,0001 under de-DE or fr-FR. Dates are written in the current culture's calendar (the year 2569 under th-TH). The signed text then depends on the machine, the server reads a wrong or invalid value, and a text formatted twice can differ. Format with CultureInfo.InvariantCulture.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidSigningTimestamp = Create(
        DiagnosticIds.InvalidSigningTimestamp,
        "Signing timestamp is not UTC ISO 8601 with milliseconds",
        "This timestamp reaches {1} but {0}; write it as yyyy-MM-ddTHH:mm:ss.fffZ in UTC with CultureInfo.InvariantCulture, or use OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow)",
        "OK-ACCESS-TIMESTAMP and the start of the prehash must be the same UTC instant written as ISO 8601 with exactly three fractional digits, such as 2020-12-08T09:08:57.715Z. Local time is off by the time zone (50102), 'o' writes seven digits, 'sss' writes the seconds twice (the bug of two popular C# OKX clients), and a culture-dependent format writes the year 2567 under th-TH or 12.00.43 under da-DK (50112). OkxSigner.FormatTimestamp writes the exact form whatever the culture.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BodySerializedTwice = Create(
        DiagnosticIds.BodySerializedTwice,
        "Signed body and sent body come from two serializations",
        "The request body is serialized from '{0}' here, and a separate serialization of '{0}' ({1}) is signed by {2}; serialize once into a local, sign that string and send it (new StringContent(body, Encoding.UTF8, \"application/json\"))",
        "OKX hashes the bytes it receives. When the body that is signed and the body that is sent are two serializations of one object (JsonSerializer.Serialize for the signature, then JsonContent.Create or PostAsJsonAsync for the request), any difference between them (options, key order, naming policy, escaping, number format, serializer) makes OKX answer 50113 Invalid Sign. This, more than key order itself, is the usual cause of the error. Serialize once and use the same string for both.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QueryStringNotSigned = Create(
        DiagnosticIds.QueryStringNotSigned,
        "GET query string is sent but not signed",
        "This path, signed by {1}, lacks the query string that '{0}' sends ({2}); sign the path with its query string exactly as it is sent",
        "For a GET, OKX signs the request path together with its query string exactly as it goes on the wire: timestamp + \"GET\" + \"/api/v5/account/balance?ccy=BTC\". Signing the path alone works as long as no parameter is sent, then fails with 50113 Invalid Sign as soon as one is.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GeneratedMemberCollision = Create(
        DiagnosticIds.GeneratedMemberCollision,
        "OKX endpoint member collides with a generated member",
        "'{0}' has the name of '{1}', which OkxGen generates for this endpoint; rename it",
        "The generator adds Endpoint, TryWriteBody, WriteBody, ToJson and a nested OkxJson class to a POST endpoint type, and Endpoint, TryWriteQuery, ToQueryString and a nested OkxQuery class to a GET one. A member of the type, or one it inherits from a base type that is not an endpoint, with one of these names would make the generated code fail to compile (CS0102) or silently hide it, so nothing is generated for the type until it is renamed. A base type that is itself an [OkxEndpoint] is fine: the derived type's generated members hide the base's with 'new'.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GenericEndpointType = Create(
        DiagnosticIds.GenericEndpointType,
        "OKX endpoint type cannot be generic",
        "'{0}' is generic or inside a generic type; an [OkxEndpoint] type has one wire form, so declare it without type parameters",
        "A member whose type is a type parameter has no canonical spelling, so a type parameter cannot change what an endpoint writes; it would only make the typed OkxClient method and the static Endpoint property depend on a type argument. The generator serves non-generic types only.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NullableListElement = Create(
        DiagnosticIds.NullableListElement,
        "OKX request list declares nullable elements",
        "'{0}' declares its elements as '{1}', but a null element cannot be written and throws when the request is serialized; declare the elements non-nullable",
        "JSON arrays and OKX's comma-separated query lists have no agreed spelling for a missing item, so the generated writer throws an exception naming the member and the index when it meets a null element. Declaring the element type non-nullable lets the compiler's nullable analysis catch the null where it is added, instead of at the moment the request is sent.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidRateLimit = Create(
        DiagnosticIds.InvalidRateLimit,
        "OKX endpoint rate limit is invalid",
        "The rate limit declared on '{0}' is invalid: {1}",
        "RateLimit counts requests per RateLimitWindowSeconds, as OKX's documentation states each endpoint's limit (\"20 requests per 2 seconds\"): the limit is 0 (none declared) or more, the window 1 second or more, and RateLimitRule a member of OkxRateLimitRule. The client could not enforce anything else, so nothing is generated for the declaration.",
        Usage,
        DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SentTimestampDiffersFromSigned = Create(
        DiagnosticIds.SentTimestampDiffersFromSigned,
        "Sent timestamp and signed timestamp are two reads of the clock",
        "'{0}' reads the clock again for {1}, while another read at line {2} goes to {3}; the two can differ: read the time once into a local and use it for both",
        "A signature covers a timestamp, and the server compares it with the timestamp header. When the header and the signed text each read the clock (DateTime.UtcNow twice, or a property that reads it, such as a TimeStamp getter), a millisecond or a second can pass between the two reads, and the request fails now and then (OKX answers 50113 Invalid Sign). Read the time once into a local and use that local for both.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SigningHeaderOnDefaultHeaders = Create(
        DiagnosticIds.SigningHeaderOnDefaultHeaders,
        "Signing header added to HttpClient.DefaultRequestHeaders",
        "The signing header '{0}' is added to DefaultRequestHeaders, which every request of this HttpClient shares; add it to the HttpRequestMessage's Headers instead",
        "A signature and its timestamp belong to one request. DefaultRequestHeaders belong to the HttpClient, which is shared: a second call adds a second value of the header (the server sees two signatures), and concurrent calls mix each other's values. Add signing headers to the HttpRequestMessage that is sent.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QuerySignedInAnotherEncoding = Create(
        DiagnosticIds.QuerySignedInAnotherEncoding,
        "Query is signed in another encoding than it is sent",
        "The query signed by {2} is '{0}' ({1}), {3}, while the request sends '{4}' ({5}), {6}; the two differ as soon as a value holds a character that is escaped (',' and %2C): sign the query exactly as it is sent",
        "A server that signs the query checks the signature against the query as it arrives, escapes included. Signing Uri.UnescapeDataString(uri.PathAndQuery) (or uri.ToString(), which unescapes) while the request sends the escaped URI, or escaping a value one way for the signature (Uri.EscapeDataString) and another way or not at all in the URI sent (WebUtility.UrlEncode writes a space as '+', Uri.EscapeDataString as %20), gives two texts that agree only while no value needs escaping: the first instrument list with a comma fails (OKX answers 50113 Invalid Sign). Build the query once, escaped as it goes on the wire, and sign that text.",
        Usage,
        DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EmptyChannelName = Create(
        DiagnosticIds.EmptyChannelName,
        "OKX channel name is empty",
        "'{0}' is declared with an empty channel name; name OKX's channel, for example [OkxChannel(\"tickers\")]",
        "The channel name is written as the \"channel\" key of every subscription argument. OKX answers an empty one with 60018 (wrong URL or channel), so nothing is generated for the type until it names a channel.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadablePushType = Create(
        DiagnosticIds.UnreadablePushType,
        "OKX channel push type cannot be read",
        "The push type of '{0}' cannot be read: {1}",
        "[OkxChannel(..., Push = typeof(T))] makes the generator write a reader for T, the type of one item of a push's data array, with the same rules as an endpoint's Response type (see OKX008). Without a readable Push type no subscription can be typed, so nothing is generated for the channel.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor WebSocketOpOnGet = Create(
        DiagnosticIds.WebSocketOpOnGet,
        "WebSocket order operation on a GET endpoint",
        "WebSocketOp = \"{0}\" is set on a GET endpoint; OKX's WebSocket order operations carry the body of a POST endpoint (place, cancel, amend, mass cancel)",
        "An order operation sends the request's JSON body as its args. A GET endpoint has no body, so it cannot be sent over the socket; nothing is generated for it until WebSocketOp is removed.",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownWebSocketOp = Create(
        DiagnosticIds.UnknownWebSocketOp,
        "Unknown WebSocket order operation",
        "'{0}' is not an OKX WebSocket order operation; use order, batch-orders, cancel-order, batch-cancel-orders, amend-order, batch-amend-orders or mass-cancel",
        "OKX answers an unknown op with 60019 (invalid op). The generator only writes methods for the operations OKX documents for /ws/v5/private.",
        Usage,
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, string description, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinks.For(id));
}
