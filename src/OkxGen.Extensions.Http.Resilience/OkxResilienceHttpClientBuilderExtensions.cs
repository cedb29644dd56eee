using System;
using Microsoft.Extensions.Http.Resilience;
using OkxGen;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds retries that can never send an order twice to an OKX client registered with <c>AddOkxClient</c>.</summary>
public static class OkxResilienceHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds a resilience handler (Microsoft.Extensions.Http.Resilience) that retries only the requests that are safe to
    /// send again: GETs, and the POSTs whose endpoint is declared <see cref="OkxEndpointAttribute.Idempotent"/>. It
    /// retries after no answer, HTTP 408, 429 or 5xx, and OKX's rate-limit refusal <c>50011</c> (with HTTP 429 or 200),
    /// with exponential back-off and jitter. Placing an order is never retried: its outcome is the caller's to decide
    /// (look the order up by <c>clOrdId</c>).
    /// </summary>
    /// <remarks>
    /// A retry sends the same bytes as the first attempt, its signature and timestamp included; OKX accepts a timestamp
    /// within 30 seconds of its clock, so no retry starts later than <see cref="OkxResilienceOptions.RetryWindow"/> (20 s)
    /// after the first attempt. Retries are not counted by the client's rate limiter. Every client that
    /// <c>AddOkxClient</c> registers also refuses to send a request that is not idempotent twice, whatever handler
    /// tries (<see cref="OkxRequestNotRepeatedException"/>), so <c>AddStandardResilienceHandler()</c> added after this
    /// cannot place an order twice either.
    /// </remarks>
    /// <param name="builder">The builder returned by <c>AddOkxClient</c>.</param>
    /// <param name="configure">Sets the number of retries, the back-off and the retry window.</param>
    /// <returns>The same builder, to add further handlers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (no retry, a negative delay, a window over 30 s...).</exception>
    /// <example>
    /// <code>
    /// services.AddOkxClient("main", configuration.GetSection("Okx:Main")).AddOkxResilience();
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddOkxResilience(this IHttpClientBuilder builder, Action<OkxResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var options = new OkxResilienceOptions();
        configure?.Invoke(options);
        options.Validate();
        builder.AddHttpMessageHandler(static services => new RequestClock.Handler(services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.AddResilienceHandler("OkxGen", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.Delay,
            MaxDelay = options.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => OkxRetryPredicate.ShouldRetryAsync(args, options),
        }));
        return builder;
    }
}
