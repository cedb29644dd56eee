using System;
using System.Net;

namespace OkxGen;

/// <summary>
/// An answer that is not an OKX response: not JSON, truncated, without a <c>code</c>, or with a value that does not fit
/// the declared response type. API errors (a non-zero <c>code</c>) are not exceptions: see <see cref="OkxResponse{T}"/>.
/// </summary>
public sealed class OkxResponseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OkxResponseException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public OkxResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OkxResponseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an HTTP answer.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="bodyPrefix">The first characters of the body, for the message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public OkxResponseException(string message, HttpStatusCode? statusCode, string? bodyPrefix, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        BodyPrefix = bodyPrefix;
    }

    /// <summary>Gets the HTTP status of the answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the first characters of the answer's body, when there was one.</summary>
    public string? BodyPrefix { get; }
}
