namespace OkxGen.Doctor;

/// <summary>The four parts of OKX's prehash, in order: <c>timestamp + METHOD + requestPath + body</c>.</summary>
public enum OkxPrehashPart
{
    /// <summary>The <c>OK-ACCESS-TIMESTAMP</c> value.</summary>
    Timestamp,

    /// <summary>The HTTP method.</summary>
    Method,

    /// <summary>The request path with its query string.</summary>
    RequestTarget,

    /// <summary>The body.</summary>
    Body,
}
