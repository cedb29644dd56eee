using System;
using System.Collections.Generic;
using System.Text;

namespace OkxGen.Doctor.Search;

/// <summary>The method and the request target, signed in the forms client code gets wrong.</summary>
internal static class RequestLineMistakes
{
    private const string ApiPrefix = "/api/v5";

    private static readonly string[] Hosts = ["https://www.okx.com", "https://openapi.okx.com", "https://eea.okx.com", "https://us.okx.com", "https://aws.okx.com"];

    public static IEnumerable<Mistake> ForMethod(string method)
    {
        string lower = method.ToLowerInvariant();
        if (!string.Equals(lower, method, StringComparison.Ordinal))
        {
            yield return new Mistake(OkxSignatureCause.MethodCase, MistakePart.Method, $"the method in lower case ('{lower}')", Encoding.UTF8.GetBytes(lower));
        }
    }

    public static IEnumerable<Mistake> ForTarget(string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { target };
        int question = target.IndexOf('?', StringComparison.Ordinal);
        string path = question < 0 ? target : target[..question];
        string query = question < 0 ? string.Empty : target[(question + 1)..];

        if (question >= 0 && seen.Add(path))
        {
            yield return Make(OkxSignatureCause.QueryNotSigned, "the path alone, without the query string", path);
        }

        if (query.Length > 0)
        {
            foreach ((string signedQuery, string description) in QueryForms(query))
            {
                string signed = path + "?" + signedQuery;
                if (seen.Add(signed))
                {
                    yield return Make(OkxSignatureCause.QueryEncoding, $"the query {description} ('{signedQuery}')", signed);
                }
            }
        }

        if (path.StartsWith(ApiPrefix, StringComparison.Ordinal) && seen.Add(target[ApiPrefix.Length..]))
        {
            yield return Make(OkxSignatureCause.PathWithoutPrefix, $"the path without '{ApiPrefix}' ('{target[ApiPrefix.Length..]}')", target[ApiPrefix.Length..]);
        }

        foreach (string host in Hosts)
        {
            if (seen.Add(host + target))
            {
                yield return Make(OkxSignatureCause.PathWithHost, $"the host in front of the path ('{host}{target}')", host + target);
            }
        }
    }

    private static IEnumerable<(string Query, string Description)> QueryForms(string query)
    {
        string decoded = Uri.UnescapeDataString(query.Replace('+', ' '));
        yield return (decoded, "decoded");
        yield return (Uri.UnescapeDataString(query), "decoded (keeping '+')");

        string[] pairs = query.Split('&');
        yield return (string.Join('&', Array.ConvertAll(pairs, p => Encode(Uri.UnescapeDataString(p), upperCaseHex: true))), "fully percent-encoded (',' as %2C)");
        yield return (string.Join('&', Array.ConvertAll(pairs, p => Encode(Uri.UnescapeDataString(p), upperCaseHex: false))), "fully percent-encoded in lower case (',' as %2c)");
        yield return (query.Replace("%20", "+", StringComparison.Ordinal), "with '+' for spaces");
        yield return (query.Replace("+", "%20", StringComparison.Ordinal), "with '%20' for spaces");

        string[] sorted = (string[])pairs.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        yield return (string.Join('&', sorted), "with its parameters sorted");
        string[] reversed = (string[])pairs.Clone();
        Array.Reverse(reversed);
        yield return (string.Join('&', reversed), "with its parameters in reverse order");
    }

    /// <summary>Percent-encodes the key and the value of one <c>key=value</c> pair (RFC 3986 unreserved characters stay).</summary>
    private static string Encode(string pair, bool upperCaseHex)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        string encoded = equals < 0
            ? Uri.EscapeDataString(pair)
            : Uri.EscapeDataString(pair[..equals]) + "=" + Uri.EscapeDataString(pair[(equals + 1)..]);
        return upperCaseHex ? encoded : LowerHex(encoded);
    }

    private static string LowerHex(string encoded)
    {
        var builder = new StringBuilder(encoded);
        for (int i = 0; i + 2 < builder.Length; i++)
        {
            if (builder[i] == '%')
            {
                builder[i + 1] = char.ToLowerInvariant(builder[i + 1]);
                builder[i + 2] = char.ToLowerInvariant(builder[i + 2]);
            }
        }

        return builder.ToString();
    }

    private static Mistake Make(OkxSignatureCause cause, string description, string target) =>
        new(cause, MistakePart.RequestTarget, description, Encoding.UTF8.GetBytes(target));
}
