using System;
using System.IO;
using OkxGen.Doctor;
using OkxGen.Tool.Capture;
using OkxGen.Tool.Terminal;

namespace OkxGen.Tool.Commands;

/// <summary><c>okxgen doctor [FILE] [--format auto|http|curl|har]</c>: explains why a captured request got 50113.</summary>
internal static class DoctorCommand
{
    public const string Help = """
        Usage: okxgen doctor [FILE] [--format auto|http|curl|har]

        Explains why OKX answered 50113 "Invalid Sign" to a captured request: it searches the known signing mistakes
        (a second serialization of the body, a query encoded differently or not signed, a timestamp in another form,
        a lower-case method, a path without /api/v5 or with the host, a secret with a stray newline, the passphrase
        as the secret), alone and two together, and shows the first byte where the signed and the sent text part.

        FILE       the captured request: a raw HTTP request, a curl command line or a HAR file; '-' or nothing reads
                   standard input. The form is detected unless --format says it.
        Secret     from OKX_SECRET_KEY, or asked for without echo; never from the command line.
                   OKX_PASSPHRASE, if set, lets the doctor check whether the passphrase was used as the secret.

        Exit code: 0 the signature is valid, 1 a cause was found, 2 no known cause reproduces it,
                   64 a wrong command line, 65 an unreadable capture.
        """;

    public static int Run(ReadOnlySpan<string> args, ToolContext context)
    {
        string? file = null;
        CaptureFormat format = CaptureFormat.Auto;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    context.Output.WriteLine(Help);
                    return ToolExitCodes.Success;
                case "--format" when i + 1 < args.Length && Enum.TryParse(args[i + 1], ignoreCase: true, out CaptureFormat parsed):
                    format = parsed;
                    i++;
                    break;
                case "--format":
                    return Cli.UsageError(context, "--format takes auto, http, curl or har.");
                case string option when option.StartsWith("--", StringComparison.Ordinal):
                    return Cli.UsageError(context, $"doctor has no option '{option}'.");
                case string path when file is null:
                    file = path;
                    break;
                default:
                    return Cli.UsageError(context, "doctor reads one capture.");
            }
        }

        OkxCapturedRequest captured;
        try
        {
            byte[] capture = file is null or "-" ? ReadAll(context.Input) : File.ReadAllBytes(file);
            captured = CaptureReader.Read(capture, format);
        }
        catch (Exception exception) when (exception is CaptureException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine("okxgen doctor: " + exception.Message);
            return ToolExitCodes.BadInput;
        }

        string? secret = SecretSource.Secret(context);
        if (string.IsNullOrEmpty(secret))
        {
            return Cli.UsageError(context, $"set {SecretSource.SecretVariable} (the secret is never taken from the command line).");
        }

        OkxSignatureDiagnosis diagnosis;
        try
        {
            diagnosis = OkxSignatureDoctor.Diagnose(captured, secret, SecretSource.Passphrase(context));
        }
        catch (ArgumentException exception)
        {
            context.Error.WriteLine("okxgen doctor: " + exception.Message);
            return ToolExitCodes.BadInput;
        }

        Print(diagnosis, captured, new Style(context.UseColor), context.Output);
        return diagnosis.Outcome switch
        {
            OkxSignatureOutcome.Valid => ToolExitCodes.Success,
            OkxSignatureOutcome.Diagnosed => ToolExitCodes.Diagnosed,
            _ => ToolExitCodes.Unknown,
        };
    }

    private static void Print(OkxSignatureDiagnosis diagnosis, OkxCapturedRequest captured, Style style, TextWriter output)
    {
        output.WriteLine(style.Dim("request:   ") + captured);
        string verdict = diagnosis.Outcome switch
        {
            OkxSignatureOutcome.Valid => style.Good("valid"),
            OkxSignatureOutcome.Diagnosed => style.Bad("50113, cause found: " + string.Join(" + ", diagnosis.Causes)),
            _ => style.Warn("50113, cause unknown"),
        };
        output.WriteLine(style.Dim("verdict:   ") + verdict);
        output.WriteLine(style.Dim("why:       ") + diagnosis.Explanation);
        if (diagnosis.Difference is { } difference)
        {
            output.WriteLine(style.Dim("where:     ") + difference.Summary);
        }

        output.WriteLine(style.Dim("OKX hashes ") + style.Bold(diagnosis.SentText));
        if (diagnosis.SignedText is not null)
        {
            output.WriteLine(style.Dim("you signed ") + diagnosis.SignedText);
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
