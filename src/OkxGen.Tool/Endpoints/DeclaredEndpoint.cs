using System.Globalization;

namespace OkxGen.Tool.Endpoints;

/// <summary>One <c>[OkxEndpoint]</c> declaration as read from metadata.</summary>
internal sealed record DeclaredEndpoint(string Method, string Path, string TypeName, bool Signed, int RateLimit, int RateLimitWindowSeconds)
{
    public override string ToString()
    {
        string limit = RateLimit > 0 ? string.Create(CultureInfo.InvariantCulture, $"  {RateLimit}/{RateLimitWindowSeconds}s") : string.Empty;
        return $"{Method,-4} {Path,-48} {TypeName}{(Signed ? string.Empty : "  (public)")}{limit}";
    }
}
