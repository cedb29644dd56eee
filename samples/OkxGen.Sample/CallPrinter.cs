using System;
using System.Collections.Generic;
using System.Text;

namespace OkxGen.Sample;

/// <summary>Prints one call: what was signed and sent, and what came back, typed.</summary>
internal sealed class CallPrinter(WireTap wireTap)
{
    private int _step;

    /// <summary>Prints the call that just returned <paramref name="response"/>.</summary>
    /// <returns>Whether OKX (or the verifying server) accepted it.</returns>
    public bool Print<T>(string title, OkxResponse<T> response, Func<T, string>? describe = null)
    {
        SentRequest sent = wireTap.Last ?? throw new InvalidOperationException("No request was sent.");
        string body = sent.Body is null ? "" : Encoding.UTF8.GetString(sent.Body);
        Console.WriteLine();
        Console.WriteLine($"{++_step}. {title}");
        Row("request", $"{sent.Method} {sent.Target}");
        Row("body", body.Length == 0 ? "(none)" : body);
        if (sent.Signature is null)
        {
            Row("signature", "(public endpoint: not signed)");
        }
        else
        {
            Row("prehash", sent.Timestamp + sent.Method + sent.Target + body);
            Row("signature", $"{sent.Signature} = Base64(HMAC-SHA256(secret ***, prehash))");
        }

        if (!response.IsSuccess)
        {
            Row("answer", $"code {response.Code} {response.Msg}: {ErrorExplanations.For(response.Code)}");
            foreach (OkxItemError error in response.ItemErrors)
            {
                Row(string.Empty, $"{error}: {ErrorExplanations.For(error.Code)}");
            }

            return false;
        }

        Row("answer", $"code 0, {response.Data.Count} item(s) of {typeof(T).Name}");
        foreach (T item in response.Data)
        {
            Row(string.Empty, describe is null ? Describe(item) : describe(item));
        }

        return true;
    }

    private static void Row(string label, string text) => Console.WriteLine($"   {label,-10} {text}");

    private static string Describe<T>(T item) => item switch
    {
        IReadOnlyList<object> list => string.Join(", ", list),
        null => "(null)",
        _ => item.ToString() ?? string.Empty,
    };
}
