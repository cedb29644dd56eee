using System;
using System.Collections.Generic;
using System.Text;

namespace OkxGen.Tool.Capture;

/// <summary>Reads a raw HTTP/1.1 request as a proxy or a log shows it; the body is the bytes after the blank line.</summary>
internal static class RawHttpParser
{
    public static CapturedHttpRequest Parse(byte[] capture)
    {
        int headerEnd = IndexOf(capture, "\r\n\r\n"u8, out int separatorLength);
        if (headerEnd < 0)
        {
            headerEnd = IndexOf(capture, "\n\n"u8, out separatorLength);
        }

        string head = Encoding.UTF8.GetString(capture, 0, headerEnd < 0 ? capture.Length : headerEnd);
        byte[] body = headerEnd < 0 ? [] : capture[(headerEnd + separatorLength)..];
        string[] lines = head.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string[] requestLine = lines[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requestLine.Length < 2)
        {
            throw new CaptureException($"The first line '{lines[0].Trim()}' is not an HTTP request line such as 'POST /api/v5/trade/order HTTP/1.1'.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.AsSpan(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        if (headers.TryGetValue("Content-Length", out string? length) && int.TryParse(length, out int declared) && declared < body.Length)
        {
            body = body[..declared];
        }

        return new CapturedHttpRequest(requestLine[0], CapturedHttpRequest.OriginForm(requestLine[1]), headers, body);
    }

    private static int IndexOf(byte[] text, ReadOnlySpan<byte> separator, out int length)
    {
        length = separator.Length;
        return text.AsSpan().IndexOf(separator);
    }
}
