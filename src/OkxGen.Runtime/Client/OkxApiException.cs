using System;
using System.Collections.Generic;
using System.Linq;

namespace OkxGen;

/// <summary>An OKX response whose <c>code</c> is not <c>"0"</c>, thrown by <see cref="OkxResponse{T}.EnsureSuccess"/>.</summary>
public sealed class OkxApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OkxApiException()
        : this("", "", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public OkxApiException(string message)
        : base(message)
    {
        Code = "";
        Msg = message;
        ItemErrors = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OkxApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = "";
        Msg = message;
        ItemErrors = [];
    }

    /// <summary>Creates the exception for an OKX response.</summary>
    /// <param name="code">OKX's <c>code</c>.</param>
    /// <param name="msg">OKX's <c>msg</c>.</param>
    /// <param name="itemErrors">The items that failed.</param>
    public OkxApiException(string code, string msg, IReadOnlyList<OkxItemError> itemErrors)
        : base(Describe(code, msg, itemErrors))
    {
        Code = code;
        Msg = msg;
        ItemErrors = itemErrors;
    }

    /// <summary>Gets OKX's <c>code</c>, for example <c>"50113"</c>.</summary>
    public string Code { get; }

    /// <summary>Gets OKX's <c>msg</c>.</summary>
    public string Msg { get; }

    /// <summary>Gets the items of the response that failed, for codes <c>"1"</c> and <c>"2"</c>.</summary>
    public IReadOnlyList<OkxItemError> ItemErrors { get; }

    private static string Describe(string code, string msg, IReadOnlyList<OkxItemError> itemErrors)
    {
        string summary = $"OKX answered code {code}: {(msg.Length > 0 ? msg : "(no message)")}";
        return itemErrors is null || itemErrors.Count == 0
            ? summary
            : $"{summary}; {string.Join("; ", itemErrors.Select(e => e.ToString()))}";
    }
}
