namespace OkxGen.Testing;

/// <summary>What an <see cref="OkxFault"/> does to a request.</summary>
public enum OkxFaultKind
{
    /// <summary>Answers with a given HTTP status and body instead of the normal answer.</summary>
    HttpStatus,

    /// <summary>Answers HTTP 200 with a body that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>Declares the full <c>Content-Length</c>, sends half of the body, then aborts the connection.</summary>
    TruncatedBody,

    /// <summary>Aborts the connection without answering.</summary>
    DroppedConnection,

    /// <summary>Waits before the normal answer (the wait ends early if the client gives up).</summary>
    Latency,
}
