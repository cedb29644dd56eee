using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen;

/// <summary>
/// The request body as the very bytes that were signed: a slice of the prehash buffer, sent as it is, with
/// <c>Content-Type: application/json</c> and no charset parameter or re-encoding.
/// </summary>
internal sealed class OkxBodyContent : HttpContent
{
    private readonly ReadOnlyMemory<byte> _body;

    public OkxBodyContent(ReadOnlyMemory<byte> body)
    {
        _body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_body).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_body, cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(_body.Span);

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
