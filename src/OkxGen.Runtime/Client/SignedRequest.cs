using System;
using System.Buffers;
using System.Text;

namespace OkxGen;

/// <summary>
/// A request's prehash and signature in one pooled buffer: <c>timestamp + METHOD + requestPath + body</c>, then the
/// signature. The path and the body that are sent are slices of the prehash, so the bytes signed are the bytes sent.
/// </summary>
internal readonly struct SignedRequest : IDisposable
{
    // OKX refuses far smaller bodies; a request that needs more than this is a mistake, not something to send.
    private const int MaxSize = 16 * 1024 * 1024;
    private const int InitialSize = 1024;

    private readonly byte[] _buffer;
    private readonly int _pathStart;
    private readonly int _bodyStart;
    private readonly int _bodyEnd;
    private readonly int _signatureLength;

    private SignedRequest(byte[] buffer, int pathStart, int bodyStart, int bodyEnd, int signatureLength)
    {
        _buffer = buffer;
        _pathStart = pathStart;
        _bodyStart = bodyStart;
        _bodyEnd = bodyEnd;
        _signatureLength = signatureLength;
    }

    public ReadOnlyMemory<byte> Timestamp => _buffer.AsMemory(0, OkxSigner.TimestampLength);

    public ReadOnlyMemory<byte> RequestPath => _buffer.AsMemory(_pathStart, _bodyStart - _pathStart);

    public ReadOnlyMemory<byte> Body => _buffer.AsMemory(_bodyStart, _bodyEnd - _bodyStart);

    public ReadOnlyMemory<byte> Signature => _buffer.AsMemory(_bodyEnd, _signatureLength);

    /// <summary>Writes and signs <paramref name="request"/> (signs only when <paramref name="credentials"/> are given).</summary>
    /// <exception cref="ArgumentException">The request cannot be serialized, or is larger than 16 MiB.</exception>
    public static SignedRequest Create(IOkxRequest request, DateTimeOffset timestamp, OkxCredentials? credentials)
    {
        int size = InitialSize;
        while (true)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                if (TryWrite(request, timestamp, credentials, buffer, out SignedRequest signed))
                {
                    return signed;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }

            ArrayPool<byte>.Shared.Return(buffer);
            if (buffer.Length >= MaxSize)
            {
                throw new ArgumentException($"The request to {request.Endpoint} is larger than {MaxSize / (1024 * 1024)} MiB; OKX would refuse it.", nameof(request));
            }

            size = Math.Min(buffer.Length * 2, MaxSize);
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private static bool TryWrite(IOkxRequest request, DateTimeOffset timestamp, OkxCredentials? credentials, byte[] buffer, out SignedRequest signed)
    {
        signed = default;
        Span<byte> span = buffer;
        if (!OkxSigner.TryFormatTimestamp(timestamp, span, out int position))
        {
            return false;
        }

        string method = request.Endpoint.Method;
        if (!Encoding.ASCII.TryGetBytes(method, span[position..], out int methodLength))
        {
            return false;
        }

        int pathStart = position + methodLength;
        if (!request.TryWriteRequestPath(span[pathStart..], out int pathLength))
        {
            return false;
        }

        int bodyStart = pathStart + pathLength;
        if (!request.TryWriteBody(span[bodyStart..], out int bodyLength))
        {
            return false;
        }

        int bodyEnd = bodyStart + bodyLength;
        int signatureLength = 0;
        if (credentials is not null && !credentials.TrySign(span[..bodyEnd], span[bodyEnd..], out signatureLength))
        {
            return false;
        }

        signed = new SignedRequest(buffer, pathStart, bodyStart, bodyEnd, signatureLength);
        return true;
    }
}
