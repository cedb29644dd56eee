using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OkxGen.ReliabilityTests.Support;

internal static class TestKeys
{
    public const string ApiKey = "rel-api-key-5f0c2b7e";

    // Distinctive strings, so that a scan for them cannot match anything by accident.
    public const string SecretKey = "SECRET-9Q7W3E5R1T8Y2U6I4O0P-XYZZY";
    public const string Passphrase = "PASSPHRASE-Zq8!Lm3#Vt6-PLUGH";

    public static readonly DateTimeOffset Now = new(2024, 3, 9, 16, 5, 27, 123, TimeSpan.Zero);

    public static OkxCredentials Credentials() => new(ApiKey, SecretKey, Passphrase);

    /// <summary>An HMAC computed here, independent of OkxSigner and OkxCredentials.</summary>
    public static string Signature(string timestamp, string method, string requestPath, byte[] body)
    {
        byte[] prefix = Encoding.UTF8.GetBytes(timestamp + method + requestPath);
        byte[] prehash = new byte[prefix.Length + body.Length];
        prefix.CopyTo(prehash, 0);
        body.CopyTo(prehash, prefix.Length);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), prehash));
    }

    public static OkxClient StubClient(HttpMessageHandler handler, Action<OkxClientOptions>? configure = null)
    {
        var options = new OkxClientOptions
        {
            BaseAddress = new Uri("https://okx.test"),
            Credentials = Credentials(),
            TimeProvider = new FixedTimeProvider(Now),
        };
        configure?.Invoke(options);
        return new OkxClient(new HttpClient(handler), options);
    }
}

internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Records what reaches the wire and answers with a fixed or computed body. Thread-safe.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<CapturedRequest, (HttpStatusCode Status, byte[] Body)> _answer;

    public StubHandler(string body, HttpStatusCode status = HttpStatusCode.OK)
        : this(_ => (status, Encoding.UTF8.GetBytes(body)))
    {
    }

    public StubHandler(Func<CapturedRequest, (HttpStatusCode Status, byte[] Body)> answer) => _answer = answer;

    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        var captured = new CapturedRequest(request.Method.Method, request.RequestUri!.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped), headers, body);
        Requests.Enqueue(captured);
        (HttpStatusCode status, byte[] answer) = _answer(captured);
        return new HttpResponseMessage(status) { Content = new ByteArrayContent(answer) };
    }
}

internal sealed record CapturedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body);

internal sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        Lines.Enqueue("scope " + state);
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = new StringBuilder().Append(logLevel).Append(' ').Append(formatter(state, exception)).Append(' ').Append(state).Append(' ').Append(exception);
        if (state is IEnumerable<KeyValuePair<string, object?>> properties)
        {
            foreach (KeyValuePair<string, object?> property in properties)
            {
                line.Append(' ').Append(property.Key).Append('=').Append(property.Value);
            }
        }

        Lines.Enqueue(line.ToString());
    }

    public void Dispose()
    {
    }
}
