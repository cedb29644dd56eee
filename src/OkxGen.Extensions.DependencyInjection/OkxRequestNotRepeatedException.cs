using System;

namespace OkxGen;

/// <summary>
/// An HTTP handler (a retry or hedging strategy, such as <c>AddStandardResilienceHandler()</c>) tried to send a request
/// that is not safe to repeat a second time, and OkxGen refused: the endpoint is not idempotent
/// (<see cref="OkxEndpointInfo.IsIdempotent"/>), so the first attempt may have taken effect; an order may have been placed.
/// Look it up (by <c>clOrdId</c>) before sending it again. The first attempt's failure, when there was one, is the
/// <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class OkxRequestNotRepeatedException : InvalidOperationException
{
    /// <summary>Creates an exception.</summary>
    public OkxRequestNotRepeatedException()
        : this("OkxGen refused to send a request that is not safe to repeat a second time.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public OkxRequestNotRepeatedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the first attempt's failure.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The first attempt's failure, or <see langword="null"/>.</param>
    public OkxRequestNotRepeatedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the endpoint whose request was not sent again, when known.</summary>
    public OkxEndpointInfo? Endpoint { get; init; }
}
