namespace OkxGen.Testing.Verification;

/// <summary>The outcome of checking one request: accepted, or the OKX error to answer with.</summary>
internal sealed class VerificationResult
{
    public static readonly VerificationResult Accepted = new(OkxErrorCodes.Success, string.Empty, 200, isPublic: false);

    public static readonly VerificationResult Public = new(OkxErrorCodes.Success, string.Empty, 200, isPublic: true);

    private VerificationResult(string code, string message, int statusCode, bool isPublic)
    {
        Code = code;
        Message = message;
        StatusCode = statusCode;
        IsPublic = isPublic;
    }

    public string Code { get; }

    public string Message { get; }

    public int StatusCode { get; }

    public bool IsPublic { get; }

    public bool IsAccepted => Code == OkxErrorCodes.Success;

    /// <summary>An authentication error (HTTP 401).</summary>
    public static VerificationResult Unauthorized(string code, string message) => new(code, message, 401, isPublic: false);

    /// <summary>A request body error (HTTP 400).</summary>
    public static VerificationResult BadRequest(string code, string message) => new(code, message, 400, isPublic: false);
}
