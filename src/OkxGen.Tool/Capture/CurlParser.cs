using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OkxGen.Tool.Capture;

/// <summary>
/// Reads a <c>curl</c> command line as browsers' "Copy as cURL (bash)" and logs write it: single, double and
/// <c>$'...'</c> quoting, line continuations, <c>-X</c>, <c>-H</c> and the <c>--data</c> family.
/// </summary>
internal static class CurlParser
{
    private static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-A", "--user-agent", "-b", "--cookie", "-e", "--referer", "-o", "--output", "-u", "--user", "-m", "--max-time",
        "--connect-timeout", "-x", "--proxy", "--resolve", "-w", "--write-out", "--cacert", "--cert", "--key",
    };

    public static CapturedHttpRequest Parse(string commandLine)
    {
        List<string> words = Split(commandLine);
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new CaptureException("A curl capture starts with 'curl'.");
        }

        string? method = null;
        string? url = null;
        StringBuilder? data = null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < words.Count; i++)
        {
            string word = words[i];
            switch (word)
            {
                case "-X" or "--request":
                    method = Value(words, ref i, word);
                    break;
                case "-H" or "--header":
                    string header = Value(words, ref i, word);
                    int colon = header.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
                    }

                    break;
                case "-d" or "--data" or "--data-raw" or "--data-binary" or "--data-ascii":
                    string value = Value(words, ref i, word);
                    if (word != "--data-raw" && value.StartsWith('@'))
                    {
                        throw new CaptureException($"{word} {value} reads the body from a file; paste the body into the command instead.");
                    }

                    data = data is null ? new StringBuilder(value) : data.Append('&').Append(value);
                    break;
                case "--data-urlencode" or "-F" or "--form":
                    throw new CaptureException($"{word} bodies are not JSON; OKX takes a JSON body.");
                case "--url":
                    url = Value(words, ref i, word);
                    break;
                default:
                    if (OptionsWithValue.Contains(word))
                    {
                        i++;
                    }
                    else if (!word.StartsWith('-'))
                    {
                        url ??= word;
                    }

                    break;
            }
        }

        if (url is null)
        {
            throw new CaptureException("The curl command has no URL.");
        }

        return new CapturedHttpRequest(
            method ?? (data is null ? "GET" : "POST"),
            CapturedHttpRequest.OriginForm(url),
            headers,
            data is null ? [] : Encoding.UTF8.GetBytes(data.ToString()));
    }

    private static string Value(List<string> words, ref int index, string option) =>
        ++index < words.Count ? words[index] : throw new CaptureException($"{option} needs a value.");

    /// <summary>Splits a shell command line into words, as bash would.</summary>
    internal static List<string> Split(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        int i = 0;
        while (i < commandLine.Length)
        {
            char c = commandLine[i];
            if (c == '\\' && i + 1 < commandLine.Length && commandLine[i + 1] is '\n' or '\r')
            {
                i += commandLine[i + 1] == '\r' && i + 2 < commandLine.Length && commandLine[i + 2] == '\n' ? 3 : 2;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                i++;
                continue;
            }

            inWord = true;
            if (c == '\'')
            {
                int end = commandLine.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new CaptureException("A single quote in the curl command is never closed.");
                }

                word.Append(commandLine, i + 1, end - i - 1);
                i = end + 1;
            }
            else if (c == '$' && i + 1 < commandLine.Length && commandLine[i + 1] == '\'')
            {
                i = AnsiCQuoted(commandLine, i + 2, word);
            }
            else if (c == '"')
            {
                i = DoubleQuoted(commandLine, i + 1, word);
            }
            else if (c == '\\' && i + 1 < commandLine.Length)
            {
                word.Append(commandLine[i + 1]);
                i += 2;
            }
            else
            {
                word.Append(c);
                i++;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static int DoubleQuoted(string text, int i, StringBuilder word)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"')
            {
                return i + 1;
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`')
            {
                word.Append(text[i + 1]);
                i += 2;
                continue;
            }

            word.Append(c);
            i++;
        }

        throw new CaptureException("A double quote in the curl command is never closed.");
    }

    private static int AnsiCQuoted(string text, int i, StringBuilder word)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\'')
            {
                return i + 1;
            }

            if (c != '\\' || i + 1 >= text.Length)
            {
                word.Append(c);
                i++;
                continue;
            }

            char escape = text[i + 1];
            i += 2;
            switch (escape)
            {
                case 'n': word.Append('\n'); break;
                case 'r': word.Append('\r'); break;
                case 't': word.Append('\t'); break;
                case 'x': i = Hex(text, i, 2, word); break;
                case 'u': i = Hex(text, i, 4, word); break;
                case 'U': i = Hex(text, i, 8, word); break;
                default: word.Append(escape); break;
            }
        }

        throw new CaptureException("A $'...' quote in the curl command is never closed.");
    }

    private static int Hex(string text, int i, int maxDigits, StringBuilder word)
    {
        int digits = 0;
        while (digits < maxDigits && i + digits < text.Length && char.IsAsciiHexDigit(text[i + digits]))
        {
            digits++;
        }

        int value = int.Parse(text.AsSpan(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        word.Append(maxDigits == 2 ? ((char)value).ToString() : char.ConvertFromUtf32(value));
        return i + digits;
    }
}
