using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OkxGen;

/// <summary>
/// Sends OKX V5 requests declared with <see cref="OkxEndpointAttribute"/>: signs the canonical bytes the generator
/// writes and sends those very bytes. The generator adds a typed method per endpoint (<c>PlaceOrderAsync</c>, ...).
/// </summary>
/// <remarks>
/// Thread-safe: one client serves any number of concurrent requests. It does not own the <see cref="HttpClient"/>.
/// </remarks>
public sealed partial class OkxClient
{
    private const int InitialBufferSize = 1024;

    private readonly HttpClient _http;
    private readonly OkxClientOptions _options;
    private readonly string _baseAddress;
    private readonly ConcurrentDictionary<OkxEndpointInfo, Uri> _pathUris = new();
    private long _clockOffsetTicks;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client that sends the requests; its <see cref="HttpClient.BaseAddress"/> is not used.</param>
    /// <param name="options">The address, credentials and clock; read once, here.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The base address is not an absolute HTTP or HTTPS address.</exception>
    public OkxClient(HttpClient httpClient, OkxClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.BaseAddress, "options.BaseAddress");
        ArgumentNullException.ThrowIfNull(options.TimeProvider, "options.TimeProvider");
        if (!options.BaseAddress.IsAbsoluteUri || options.BaseAddress.Scheme is not ("http" or "https") || options.BaseAddress.Query.Length > 0)
        {
            throw new ArgumentException($"The base address must be an absolute http or https address without a query, not '{options.BaseAddress}'.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxResponseSize, "options.MaxResponseSize");

        _http = httpClient;
        _options = options.Clone();
        _baseAddress = options.BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        RateLimiter = options.RateLimiter ?? new OkxRateLimiter(options.TimeProvider);
    }

    /// <summary>
    /// Gets the offset added to the local clock for request timestamps, measured by <see cref="SyncTimeAsync"/>;
    /// zero until then.
    /// </summary>
    public TimeSpan ClockOffset => TimeSpan.FromTicks(Volatile.Read(ref _clockOffsetTicks));

    /// <summary>Sends a request and reads each item of the response's <c>data</c> with the request's own reader.</summary>
    /// <typeparam name="TResponse">The type of an item of <c>data</c>.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; a non-zero <c>code</c> is a response, not an exception.</returns>
    /// <exception cref="ArgumentException">The request cannot be serialized (a required member is null, a lone surrogate...); nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The endpoint is signed and no credentials are set; nothing was sent.</exception>
    /// <exception cref="OkxResponseException">The answer is not an OKX response.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent.</exception>
    public Task<OkxResponse<TResponse>> SendAsync<TResponse>(IOkxRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(request, request.ResponseReader, cancellationToken);
    }

    /// <summary>Sends any request and returns each item of the response's <c>data</c> as a <see cref="JsonElement"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; a non-zero <c>code</c> is a response, not an exception.</returns>
    /// <exception cref="ArgumentException">The request cannot be serialized; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The endpoint is signed and no credentials are set; nothing was sent.</exception>
    /// <exception cref="OkxResponseException">The answer is not an OKX response.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent.</exception>
    public Task<OkxResponse<JsonElement>> SendAsync(IOkxRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, OkxResponseReader.JsonElement, cancellationToken);

    /// <summary>Sends a request and reads each item of the response's <c>data</c> with <paramref name="responseReader"/>.</summary>
    /// <typeparam name="TResponse">The type of an item of <c>data</c>.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="responseReader">The reader of one item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; a non-zero <c>code</c> is a response, not an exception.</returns>
    /// <exception cref="ArgumentException">The request cannot be serialized; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The endpoint is signed and no credentials are set; nothing was sent.</exception>
    /// <exception cref="OkxRateLimitExceededException">The endpoint's rate limit has no permit free and <see cref="OkxClientOptions.RateLimiting"/> is <see cref="OkxRateLimitMode.Fail"/>; nothing was sent.</exception>
    /// <exception cref="OkxResponseException">The answer is not an OKX response.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent.</exception>
    public async Task<OkxResponse<TResponse>> SendAsync<TResponse>(
        IOkxRequest request,
        OkxResponseReader<TResponse> responseReader,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseReader);
        OkxEndpointInfo endpoint = request.Endpoint;
        OkxCredentials? credentials = null;
        if (endpoint.IsSigned)
        {
            credentials = _options.Credentials ?? throw new InvalidOperationException(
                $"{endpoint} is a signed endpoint, and OkxClientOptions.Credentials is not set.");
        }

        await AcquirePermitAsync(request, credentials, cancellationToken).ConfigureAwait(false);
        long started = Stopwatch.GetTimestamp();
        using Activity? activity = OkxTelemetry.StartCall(endpoint);
        DateTimeOffset now = _options.TimeProvider.GetUtcNow() + ClockOffset;
        SignedRequest signed = SignedRequest.Create(request, now, credentials);
        try
        {
            using HttpRequestMessage message = CreateMessage(endpoint, signed, credentials, now);
            using HttpResponseMessage answer = await _http
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            OkxResponse<TResponse> response = await ReadResponseAsync(endpoint, answer, responseReader, _options.MaxResponseSize, cancellationToken).ConfigureAwait(false);
            OkxTelemetry.Answered(activity, endpoint, response.Code, started);
            if (_options.Logger is { } logger && logger.IsEnabled(LogLevel.Debug))
            {
                double elapsedMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                OkxClientLog.Answered(logger, endpoint.Method, endpoint.Path, response.Code, (int)answer.StatusCode, elapsedMilliseconds);
            }

            return response;
        }
        finally
        {
            signed.Dispose();
        }
    }

    /// <summary>
    /// Reads OKX's clock (<c>GET /api/v5/public/time</c>) and from then on timestamps requests by it, so that a
    /// skewed local clock does not get <c>50102 Timestamp request expired</c>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offset now applied: OKX's clock minus the local one.</returns>
    /// <exception cref="OkxApiException">OKX answered with an error code.</exception>
    /// <exception cref="OkxResponseException">The answer is not an OKX time response.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent.</exception>
    public async Task<TimeSpan> SyncTimeAsync(CancellationToken cancellationToken = default)
    {
        DateTimeOffset before = _options.TimeProvider.GetUtcNow();
        OkxResponse<DateTimeOffset> response = await SendAsync(ServerTimeRequest.Instance, ServerTimeRequest.Reader, cancellationToken).ConfigureAwait(false);
        DateTimeOffset after = _options.TimeProvider.GetUtcNow();
        response.EnsureSuccess();
        if (response.Data.Count == 0)
        {
            throw new OkxResponseException("GET /api/v5/public/time answered without a time.");
        }

        // The server read its clock about halfway through the round trip.
        DateTimeOffset localMidpoint = before + ((after - before) / 2);
        TimeSpan offset = response.Data[0] - localMidpoint;
        Volatile.Write(ref _clockOffsetTicks, offset.Ticks);
        return offset;
    }

    private HttpRequestMessage CreateMessage(OkxEndpointInfo endpoint, SignedRequest signed, OkxCredentials? credentials, DateTimeOffset now)
    {
        var message = new HttpRequestMessage(endpoint.HasBody ? HttpMethod.Post : HttpMethod.Get, RequestUri(endpoint, signed.RequestPath.Span));
        message.Options.Set(OkxEndpointInfo.RequestOptionsKey, endpoint);
        if (endpoint.HasBody)
        {
            message.Content = new OkxBodyContent(signed.Body);
        }

        if (credentials is not null)
        {
            message.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", credentials.ApiKey);
            message.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", Encoding.ASCII.GetString(signed.Signature.Span));
            message.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", Encoding.ASCII.GetString(signed.Timestamp.Span));
            message.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", credentials.Passphrase);
        }

        if (_options.Simulated)
        {
            message.Headers.TryAddWithoutValidation("x-simulated-trading", "1");
        }

        if (endpoint.AcceptsExpTime && _options.RequestExpiry is { } expiry)
        {
            long deadline = (now + expiry).ToUnixTimeMilliseconds();
            message.Headers.TryAddWithoutValidation("expTime", deadline.ToString(CultureInfo.InvariantCulture));
        }

        return message;
    }

    // A target without a query (every POST, a GET with no member set) is the same for every call of the endpoint:
    // built once per client and endpoint. A query makes each target its own.
    private Uri RequestUri(OkxEndpointInfo endpoint, ReadOnlySpan<byte> requestPath)
    {
        if (requestPath.Length == endpoint.Path.Length)
        {
            return _pathUris.GetOrAdd(endpoint, static (endpoint, baseAddress) => new Uri(baseAddress + endpoint.Path, UriKind.Absolute), _baseAddress);
        }

        return new Uri(_baseAddress + Encoding.UTF8.GetString(requestPath), UriKind.Absolute);
    }

    private static async Task<OkxResponse<TResponse>> ReadResponseAsync<TResponse>(
        OkxEndpointInfo endpoint,
        HttpResponseMessage answer,
        OkxResponseReader<TResponse> responseReader,
        int maxSize,
        CancellationToken cancellationToken)
    {
        long? declaredLength = answer.Content.Headers.ContentLength;
        if (declaredLength > maxSize)
        {
            throw ResponseTooLarge(endpoint, answer, maxSize, $"declares {declaredLength} bytes", []);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(declaredLength ?? InitialBufferSize, 16, Math.Min(maxSize, 1 << 20)));
        int length = 0;
        try
        {
            Stream stream = await answer.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, maxSize + 1L));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    // Never more than one byte past the cap, which is enough to know the answer is over it.
                    int room = (int)Math.Min(buffer.Length - length, maxSize + 1L - length);
                    int read = await stream.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > maxSize)
                    {
                        throw ResponseTooLarge(endpoint, answer, maxSize, "goes on past it", buffer.AsSpan(0, length));
                    }
                }
            }

            return OkxResponseParser.Parse(buffer.AsSpan(0, length), responseReader, answer.StatusCode);
        }
        catch (IOException exception)
        {
            throw new OkxResponseException(
                $"The answer (HTTP {(int)answer.StatusCode}) broke off after {length} bytes: {exception.Message}",
                answer.StatusCode,
                OkxResponseParser.Prefix(buffer.AsSpan(0, length)),
                exception);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static OkxResponseException ResponseTooLarge(OkxEndpointInfo endpoint, HttpResponseMessage answer, int maxSize, string what, ReadOnlySpan<byte> read) =>
        new(
            $"The answer to {endpoint} (HTTP {(int)answer.StatusCode}) is larger than OkxClientOptions.MaxResponseSize, {maxSize} bytes: it {what}. Nothing past the cap was read.",
            answer.StatusCode,
            OkxResponseParser.Prefix(read),
            null);

    private static partial class OkxClientLog
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "OKX {Method} {Path} answered code {Code} (HTTP {StatusCode}) in {ElapsedMilliseconds:F1} ms")]
        public static partial void Answered(ILogger logger, string method, string path, string code, int statusCode, double elapsedMilliseconds);
    }
}
