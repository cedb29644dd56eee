using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OkxGen.Testing.Responses;

/// <summary>Sends an <see cref="OkxTestResponse"/> as UTF-8 JSON.</summary>
internal static class ResponseWriter
{
    public const string JsonContentType = "application/json";

    public static async Task WriteAsync(HttpContext context, OkxTestResponse response)
    {
        byte[] body = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
