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

    /// <summary>A GET member is an object or a list of objects.</summary>
    public const string QueryMemberMustBeScalar = "OKX006";

    /// <summary><c>[OkxBody]</c> is misused.</summary>
    public const string InvalidBodyMember = "OKX007";

    /// <summary>The <c>Response</c> type of an endpoint cannot be read.</summary>
    public const string UnreadableResponseType = "OKX008";
}
