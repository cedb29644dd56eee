using System;
using System.Buffers;
using System.Text;

namespace OkxGen.Serialization;

/// <summary>
/// Writes the bytes of an <see cref="IOkxRequest"/> into growing buffers and strings. The generated
/// <c>WriteBody</c>, <c>ToJson</c> and <c>ToQueryString</c> methods call it.
/// </summary>
public static class OkxRequestWriter
{
    private const int InitialSize = 512;

    /// <summary>Writes the request's body into <paramref name="writer"/>, growing the buffer it asks for until the body fits.</summary>
    /// <remarks>Allocates nothing when <paramref name="writer"/> already has room.</remarks>
    public static void WriteBody<TRequest>(TRequest request, IBufferWriter<byte> writer)
        where TRequest : IOkxRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        int sizeHint = InitialSize;
        while (true)
        {
            Span<byte> span = writer.GetSpan(sizeHint);
            if (request.TryWriteBody(span, out int written))
            {
                writer.Advance(written);
                return;
            }

            sizeHint = checked(Math.Max(span.Length, sizeHint) * 2);
        }
    }

    /// <summary>Writes the request's path (and query string, for a <c>GET</c>) into <paramref name="writer"/>.</summary>
    /// <remarks>Allocates nothing when <paramref name="writer"/> already has room.</remarks>
    public static void WriteRequestPath<TRequest>(TRequest request, IBufferWriter<byte> writer)
        where TRequest : IOkxRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        int sizeHint = InitialSize;
        while (true)
        {
            Span<byte> span = writer.GetSpan(sizeHint);
            if (request.TryWriteRequestPath(span, out int written))
            {
                writer.Advance(written);
                return;
            }

            sizeHint = checked(Math.Max(span.Length, sizeHint) * 2);
        }
    }

    /// <summary>Returns the request's body as a string, for logging and debugging.</summary>
    public static string GetBody<TRequest>(TRequest request)
        where TRequest : IOkxRequest
    {
        var buffer = new ArrayBufferWriter<byte>(InitialSize);
        WriteBody(request, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Returns the request's path (and query string, for a <c>GET</c>) as a string.</summary>
    public static string GetRequestPath<TRequest>(TRequest request)
        where TRequest : IOkxRequest
    {
        var buffer = new ArrayBufferWriter<byte>(InitialSize);
        WriteRequestPath(request, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Returns the request's query string, <c>""</c> or <c>"?k=v&amp;..."</c>.</summary>
    public static string GetQueryString<TRequest>(TRequest request)
        where TRequest : IOkxRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        return GetRequestPath(request)[request.Endpoint.Path.Length..];
    }
}
