using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.Faults;

/// <summary>Carries out an <see cref="OkxFault"/> on a request.</summary>
internal static class FaultResponder
{
    private static readonly TimeSpan TruncationGrace = TimeSpan.FromMilliseconds(50);

    /// <summary>Applies the fault. Returns <see langword="true"/> when the request is finished, <see langword="false"/> when the normal answer should still be sent (latency).</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, OkxFault fault, OkxTestResponse normalResponse)
    {
        switch (fault.Kind)
        {
            case OkxFaultKind.HttpStatus:
            case OkxFaultKind.MalformedJson:
                await ResponseWriter.WriteAsync(context, new OkxTestResponse(fault.StatusCode, fault.Body)).ConfigureAwait(false);
                return true;

            case OkxFaultKind.TruncatedBody:
                await WriteHalfAndAbortAsync(context, normalResponse).ConfigureAwait(false);
                return true;

            case OkxFaultKind.DroppedConnection:
                context.Abort();
                return true;

            case OkxFaultKind.Latency:
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                    return false;
                }
                catch (OperationCanceledException)
                {
                    return true;
                }

            default:
                return false;
        }
    }

    private static async Task WriteHalfAndAbortAsync(HttpContext context, OkxTestResponse response)
    {
        byte[] body = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = ResponseWriter.JsonContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // An immediate abort can reset the connection before the client has read the headers; give it a moment so that the
        // failure shows where a truncated body shows: while reading the content.
        await Task.Delay(TruncationGrace, context.RequestAborted).ConfigureAwait(false);
        context.Abort();
    }
}
