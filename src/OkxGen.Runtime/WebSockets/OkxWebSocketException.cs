using System;

namespace OkxGen.WebSockets;

/// <summary>
/// An OKX WebSocket request failed: a refused login (<c>60009</c>...), a refused subscription (<c>60018</c>,
/// <c>64001</c>...), or a connection that could not be (re-)established.
/// </summary>
public class OkxWebSocketException : Exception
{
    /// <summary>Creates an exception.</summary>
    public OkxWebSocketException()
        : this("The OKX WebSocket request failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public OkxWebSocketException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OkxWebSocketException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an error OKX answered.</summary>
    /// <param name="code">OKX's <c>code</c>, for example <c>60009</c>.</param>
    /// <param name="okxMessage">OKX's <c>msg</c>.</param>
    /// <param name="message">The message.</param>
    public OkxWebSocketException(string? code, string okxMessage, string message)
        : base(message)
    {
        Code = code;
        OkxMessage = okxMessage;
    }

    /// <summary>Gets OKX's error code, or <see langword="null"/> when the failure did not come from OKX.</summary>
    public string? Code { get; }

    /// <summary>Gets OKX's <c>msg</c>, or an empty string.</summary>
    public string OkxMessage { get; } = "";
}
