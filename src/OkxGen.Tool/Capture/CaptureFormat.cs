namespace OkxGen.Tool.Capture;

/// <summary>The forms a captured request comes in.</summary>
internal enum CaptureFormat
{
    /// <summary>Decide from the text: <c>curl</c> first, a JSON object (HAR), or an HTTP request line.</summary>
    Auto,

    /// <summary>A raw HTTP/1.1 request: request line, headers, a blank line, the body.</summary>
    Http,

    /// <summary>A <c>curl</c> command line, as browsers' "Copy as cURL" and logs write it.</summary>
    Curl,

    /// <summary>An HTTP Archive (HAR) file; the first entry with an <c>OK-ACCESS-SIGN</c> header is read.</summary>
    Har,
}
