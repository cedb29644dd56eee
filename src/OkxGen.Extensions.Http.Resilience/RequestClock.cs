using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen;

/// <summary>
/// When a request's first attempt started, read by the retry predicate to keep every retry inside
/// <see cref="OkxResilienceOptions.RetryWindow"/>. Put on the request by <see cref="Handler"/>, which sits outside the
/// retries, so it is set once however many attempts follow.
/// </summary>
internal sealed class RequestClock(TimeProvider time)
{
    public static readonly HttpRequestOptionsKey<RequestClock> Key = new("OkxGen.RequestClock");

    private readonly long _started = time.GetTimestamp();

    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    internal sealed class Handler(TimeProvider time) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(Key, new RequestClock(time));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
