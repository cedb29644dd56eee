using System;
using System.Text;
using OkxGen.Doctor;

namespace OkxGen.Tool.Capture;

/// <summary>Turns a capture in any supported form into the doctor's <see cref="OkxCapturedRequest"/>.</summary>
internal static class CaptureReader
{
    /// <summary>The largest capture read: a HAR of a browser session can be large, OKX requests are not.</summary>
    public const int MaxCaptureLength = 64 * 1024 * 1024;

    public static OkxCapturedRequest Read(byte[] capture, CaptureFormat format)
    {
        if (capture.Length > MaxCaptureLength)
        {
            throw new CaptureException($"The capture has {capture.Length} bytes; at most {MaxCaptureLength} are read.");
        }

        CapturedHttpRequest request = (format == CaptureFormat.Auto ? Detect(capture) : format) switch
        {
            CaptureFormat.Curl => CurlParser.Parse(Encoding.UTF8.GetString(capture)),
            CaptureFormat.Har => HarParser.Parse(capture),
            _ => RawHttpParser.Parse(capture),
        };

        if (request.Body.Length > OkxSignatureDoctor.MaxBodyLength)
        {
            throw new CaptureException($"The request body has {request.Body.Length} bytes; the doctor reads at most {OkxSignatureDoctor.MaxBodyLength}.");
        }

        return new OkxCapturedRequest(
            request.Method,
            request.Target,
            request.Body,
            request.RequiredHeader("OK-ACCESS-TIMESTAMP"),
            request.RequiredHeader("OK-ACCESS-SIGN"));
    }

    private static CaptureFormat Detect(byte[] capture)
    {
        ReadOnlySpan<byte> start = capture.AsSpan().TrimStart(" \t\r\n"u8);
        if (start.StartsWith("curl"u8))
        {
            return CaptureFormat.Curl;
        }

        return start.StartsWith("{"u8) ? CaptureFormat.Har : CaptureFormat.Http;
    }
}
