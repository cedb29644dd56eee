using System;
using OkxGen.Doctor;

namespace OkxGen.Testing.Verification;

/// <summary>Asks the signature doctor why a signature failed, in one line fit for a test's failure message and an HTTP header.</summary>
internal static class SignatureDiagnosis
{
    public static string Explain(string method, string rawTarget, byte[] body, string timestamp, string sign, OkxTestKey key)
    {
        OkxSignatureDiagnosis diagnosis;
        try
        {
            diagnosis = OkxSignatureDoctor.Diagnose(new OkxCapturedRequest(method, rawTarget, body, timestamp, sign), key.SecretKey, key.Passphrase);
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }

        // An HTTP header value holds one line of visible ASCII; the summary is ASCII except for quoted request text.
        return AsciiLine(diagnosis.Summary);
    }

    private static string AsciiLine(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            span[i] = c is >= ' ' and <= '~' ? c : '?';
        }
    });
}
