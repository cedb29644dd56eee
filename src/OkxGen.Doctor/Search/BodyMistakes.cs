using System;
using System.Collections.Generic;
using System.Text;

namespace OkxGen.Doctor.Search;

/// <summary>The body, signed in the forms a second serialization or a re-encoding produces.</summary>
internal static class BodyMistakes
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static IEnumerable<Mistake> For(ReadOnlyMemory<byte> sentBody)
    {
        byte[] sent = sentBody.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Convert.ToBase64String(sent) };
        foreach ((OkxSignatureCause cause, string description, byte[]? bytes) in Forms(sent))
        {
            if (bytes is not null && seen.Add(Convert.ToBase64String(bytes)))
            {
                yield return new Mistake(cause, MistakePart.Body, description, bytes);
            }
        }
    }

    private static IEnumerable<(OkxSignatureCause Cause, string Description, byte[]? Bytes)> Forms(byte[] sent)
    {
        const OkxSignatureCause Whitespace = OkxSignatureCause.BodyWhitespace;
        yield return (Whitespace, "the body compact (no whitespace)", JsonForms.Respace(sent, ",", ":", indent: null, "\n"));
        yield return (Whitespace, "the body with a space after ':' and ',' (Python's json.dumps default)", JsonForms.Respace(sent, ", ", ": ", indent: null, "\n"));
        byte[]? asciiEscaped = JsonForms.Reescape(sent, systemTextJsonDefault: false);
        if (asciiEscaped is not null)
        {
            yield return (Whitespace, "the body as Python's json.dumps writes it by default (a space after ':' and ',', non-ASCII as \\uXXXX)", JsonForms.Respace(asciiEscaped, ", ", ": ", indent: null, "\n"));
            yield return (Whitespace, "the body as Python's json.dumps(indent=2) writes it (non-ASCII as \\uXXXX)", JsonForms.Respace(asciiEscaped, ",", ": ", "  ", "\n"));
        }

        yield return (Whitespace, "the body with a space after ':' only", JsonForms.Respace(sent, ",", ": ", indent: null, "\n"));
        yield return (Whitespace, "the body indented with two spaces and '\\n'", JsonForms.Respace(sent, ",", ": ", "  ", "\n"));
        yield return (Whitespace, "the body indented with two spaces and '\\r\\n'", JsonForms.Respace(sent, ",", ": ", "  ", "\r\n"));
        yield return (Whitespace, "the body indented with four spaces", JsonForms.Respace(sent, ",", ": ", "    ", "\n"));

        const OkxSignatureCause KeyOrder = OkxSignatureCause.BodyKeyOrder;
        yield return (KeyOrder, "the body's keys sorted (compact)", JsonForms.SortKeys(sent, pythonSeparators: false));
        yield return (KeyOrder, "the body's keys sorted, with Python's default separators", JsonForms.SortKeys(sent, pythonSeparators: true));

        const OkxSignatureCause Escapes = OkxSignatureCause.BodyEncoding;
        yield return (Escapes, "the body's non-ASCII characters escaped as \\uXXXX (Python's ensure_ascii)", asciiEscaped);
        yield return (Escapes, "the body escaped by System.Text.Json's default encoder (HTML-safe, \\u0027 for ')", JsonForms.Reescape(sent, systemTextJsonDefault: true));
        yield return (Escapes, "the body read as Latin-1 and signed as UTF-8", Encoding.UTF8.GetBytes(Latin1.GetString(sent)));
        yield return (Escapes, "the body signed as Latin-1 while it was sent as UTF-8", Latin1.GetBytes(Encoding.UTF8.GetString(sent)));
        yield return (Escapes, "the body with a UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. sent]);

        const OkxSignatureCause NotSigned = OkxSignatureCause.BodyNotSigned;
        yield return (NotSigned, "no body at all", []);
        yield return (NotSigned, "'{}' as the body", "{}"u8.ToArray());
    }
}
