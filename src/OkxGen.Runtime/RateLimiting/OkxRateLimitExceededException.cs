using System;
using System.Globalization;

namespace OkxGen;

/// <summary>
/// Thrown by <see cref="OkxClient"/> in <see cref="OkxRateLimitMode.Fail"/> when an endpoint's declared rate limit has
/// no permit free. Nothing was sent. OKX's own rate-limit answers are responses, not this exception: see
/// <see cref="OkxResponse{T}.IsRateLimited"/>.
/// </summary>
public sealed class OkxRateLimitExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OkxRateLimitExceededException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public OkxRateLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public OkxRateLimitExceededException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a refused request.</summary>
    /// <param name="endpoint">The endpoint whose limit is reached.</param>
    /// <param name="retryAfter">How long until a permit is free, when known.</param>
    public OkxRateLimitExceededException(OkxEndpointInfo endpoint, TimeSpan? retryAfter)
        : base(string.Create(CultureInfo.InvariantCulture, $"{endpoint} has reached its rate limit ({endpoint?.RateLimit}); nothing was sent.{(retryAfter is { } wait ? $" A permit is free in {wait.TotalMilliseconds:F0} ms." : "")}"))
    {
        Endpoint = endpoint;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the endpoint whose limit is reached.</summary>
    public OkxEndpointInfo? Endpoint { get; }

    /// <summary>Gets how long until a permit is free, when known.</summary>
    public TimeSpan? RetryAfter { get; }
}
