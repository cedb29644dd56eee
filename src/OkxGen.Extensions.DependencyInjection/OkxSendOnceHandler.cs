using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen;

/// <summary>
/// The last handler before the network on every client that <c>AddOkxClient</c> registers: lets a request that is not
/// idempotent (placing an order...) reach the network once, whatever retry or hedging handlers sit above it, and refuses
/// every further attempt with <see cref="OkxRequestNotRepeatedException"/>. GETs and idempotent POSTs pass untouched.
/// </summary>
internal sealed class OkxSendOnceHandler : DelegatingHandler
{
    // Keyed by the body: a retry sends the same message again, and a hedged copy shares the original's content (the
    // resilience library's snapshot reuses it), so both are caught. The table lets a body go once its request is gone.
    private readonly ConditionalWeakTable<HttpContent, FirstAttempt> _sent = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not { } body ||
            !request.Options.TryGetValue(OkxEndpointInfo.RequestOptionsKey, out OkxEndpointInfo? endpoint) ||
            endpoint.IsIdempotent)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var attempt = new FirstAttempt();
        if (!_sent.TryAdd(body, attempt))
        {
            throw Refusal(endpoint, _sent.TryGetValue(body, out FirstAttempt? first) ? first : attempt);
        }

        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            attempt.Outcome = $"was answered HTTP {(int)response.StatusCode}";
            return response;
        }
        catch (Exception exception)
        {
            attempt.Outcome = $"failed ({exception.GetType().Name}: {exception.Message})";
            attempt.Failure = exception;
            throw;
        }
    }

    private static OkxRequestNotRepeatedException Refusal(OkxEndpointInfo endpoint, FirstAttempt first) => new(
        $"OkxGen refused to send {endpoint} a second time: an HTTP handler (a retry or hedging strategy) tried to repeat it after the first attempt {first.Outcome ?? "was sent and before it was answered"}. " +
        "The endpoint is not idempotent, so the first attempt may have taken effect (an order may have been placed): look it up (by clOrdId) before sending it again.",
        first.Failure)
    {
        Endpoint = endpoint,
    };

    private sealed class FirstAttempt
    {
        public string? Outcome { get; set; }

        public Exception? Failure { get; set; }
    }
}
