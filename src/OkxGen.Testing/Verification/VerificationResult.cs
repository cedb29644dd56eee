namespace OkxGen.Testing.Verification;

/// <summary>The outcome of checking one request: accepted, or the OKX error to answer with.</summary>
internal sealed class VerificationResult
{
    public static readonly VerificationResult Accepted = new(OkxErrorCodes.Success, string.Empty, 200, isPublic: false);

    public static readonly VerificationResult Public = new(OkxErrorCodes.Success, string.Empty, 200, isPublic: true);

    private VerificationResult(string code, string message, int statusCode, bool isPublic, string? diagnosis = null)
    {
        Code = code;
        Message = message;
        StatusCode = statusCode;
        IsPublic = isPublic;
        Diagnosis = diagnosis;
    }

    public string Code { get; }

    public string Message { get; }

    public int StatusCode { get; }

    public bool IsPublic { get; }

    /// <summary>For a 50113, the signature doctor's one-line explanation; never on the wire unless the server is asked to explain.</summary>
    public string? Diagnosis { get; }

    /// <summary>The message for the recording: OKX's message, then the diagnosis when there is one.</summary>
    public string RecordedMessage => Diagnosis is null ? Message : Message + ": " + Diagnosis;

    public bool IsAccepted => Code == OkxErrorCodes.Success;

    /// <summary>An authentication error (HTTP 401).</summary>
    public static VerificationResult Unauthorized(string code, string message) => new(code, message, 401, isPublic: false);

    /// <summary>OKX's 50113 (HTTP 401), with the signature doctor's explanation of it.</summary>
    public static VerificationResult InvalidSign(string diagnosis) => new(OkxErrorCodes.InvalidSign, "Invalid Sign", 401, isPublic: false, diagnosis);

    /// <summary>A request body error (HTTP 400).</summary>
    public static VerificationResult BadRequest(string code, string message) => new(code, message, 400, isPublic: false);
}
