using System;

namespace OkxGen.WebSockets;

/// <summary>
/// The connection dropped after an order operation was sent and before OKX answered it: the order may or may not have
/// been placed, amended or cancelled. The operation is never sent again on its own; query the order (by
/// <c>clOrdId</c>) before deciding to retry.
/// </summary>
public sealed class OkxOperationOutcomeUnknownException : OkxWebSocketException
{
    /// <summary>Creates an exception.</summary>
    public OkxOperationOutcomeUnknownException()
        : this("The outcome of the order operation is unknown.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public OkxOperationOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OkxOperationOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the operation, for example <c>order</c>.</summary>
    public string Operation { get; init; } = "";

    /// <summary>Gets the <c>id</c> the operation was sent with.</summary>
    public string Id { get; init; } = "";
}
