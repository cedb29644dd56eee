using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.Sample;

/// <summary>
/// Keeps the last request the client put on the wire (target, headers and body bytes), so that the sample can print
/// exactly what was signed and sent.
/// </summary>
internal sealed class WireTap : DelegatingHandler
{
    public WireTap(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public SentRequest? Last { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Last = new SentRequest(
            request.Method.Method,
            request.RequestUri!.PathAndQuery,
            Header(request, "OK-ACCESS-TIMESTAMP"),
            Header(request, "OK-ACCESS-SIGN"),
            body);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out System.Collections.Generic.IEnumerable<string>? values) ? string.Join(",", values) : null;
}

/// <summary>One request as it left the client.</summary>
internal sealed record SentRequest(string Method, string Target, string? Timestamp, string? Signature, byte[]? Body);
