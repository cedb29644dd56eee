using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OkxGen;

/// <summary>
/// Decides whether <c>AddOkxResilience()</c> sends a request again: only an OKX request that is safe to repeat
/// (<see cref="OkxEndpointInfo.IsIdempotent"/>: a GET, or a POST declared idempotent), only inside the retry window,
/// and only after a transient failure: no answer, HTTP 408, 429 or 5xx, or OKX's rate-limit refusal <c>50011</c>, which
/// also comes with HTTP 200.
/// </summary>
internal static class OkxRetryPredicate
{
    // {"msg":"Rate limit reached. ...","code":"50011","data":[]} fits easily; a larger 200 answer is data, not a refusal.
    private const int MaxRefusalLength = 512;

    public static async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args, OkxResilienceOptions options)
    {
        HttpRequestMessage? request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
        if (request is null ||
            !request.Options.TryGetValue(OkxEndpointInfo.RequestOptionsKey, out OkxEndpointInfo? endpoint) ||
            !endpoint.IsIdempotent)
        {
            return false;
        }

        if (request.Options.TryGetValue(RequestClock.Key, out RequestClock? clock) &&
            clock.Elapsed + options.MaxDelay >= options.RetryWindow)
        {
            return false;
        }

        return args.Outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => IsTransient(response.StatusCode) ||
                (response.StatusCode == HttpStatusCode.OK && await IsRateLimitRefusalAsync(response, args.Context.CancellationToken).ConfigureAwait(false)),
            _ => false,
        };
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static async Task<bool> IsRateLimitRefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is not (> 0 and <= MaxRefusalLength))
        {
            return false;
        }

        // Buffered, so that the client still reads the same answer when it is not retried.
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return HasCode(body, "50011"u8);
    }

    private static bool HasCode(ReadOnlySpan<byte> body, ReadOnlySpan<byte> code)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isCode = reader.ValueTextEquals("code"u8);
                reader.Read();
                if (isCode)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(code);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
