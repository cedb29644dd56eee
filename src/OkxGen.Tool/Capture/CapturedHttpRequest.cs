using System;
using System.Collections.Generic;

namespace OkxGen.Tool.Capture;

/// <summary>A request read from a capture: method, target (path and query as sent), headers and body bytes.</summary>
internal sealed class CapturedHttpRequest
{
    public CapturedHttpRequest(string method, string target, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Method = method;
        Target = target;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    public string Target { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string RequiredHeader(string name) =>
        Headers.TryGetValue(name, out string? value) && value.Length > 0
            ? value
            : throw new CaptureException($"The captured request has no {name} header.");

    /// <summary>The path and query of a target that may be an absolute URL (proxy form, curl, HAR).</summary>
    public static string OriginForm(string target)
    {
        if (target.StartsWith('/'))
        {
            return target;
        }

        if (Uri.TryCreate(target, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            // The raw text after the authority: Uri would re-encode the query, and the signature covers it as sent.
            int pathStart = target.IndexOf('/', target.IndexOf("//", StringComparison.Ordinal) + 2);
            return pathStart < 0 ? "/" : target[pathStart..].Split('#')[0];
        }

        throw new CaptureException($"'{target}' is neither a path nor an http(s) URL.");
    }
}
