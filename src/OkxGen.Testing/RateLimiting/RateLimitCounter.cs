using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;

namespace OkxGen.Testing.RateLimiting;

/// <summary>
/// Counts accepted requests against the limits the test enforces, per endpoint and rule key, in a sliding window of the
/// server's clock (the time each request was received), and answers <c>50011</c> past the limit as OKX does.
/// </summary>
internal sealed class RateLimitCounter
{
    public const string Message = "Rate limit reached. Please refer to API documentation and throttle requests accordingly.";

    private readonly ConcurrentDictionary<(string Method, string Path), (OkxRateLimit Limit, int RejectionStatus)> _limits = new();
    private readonly ConcurrentDictionary<(string Method, string Path, string? ApiKey, string? Key), Budget> _budgets = new();

    public void Enforce(OkxEndpointInfo endpoint, OkxRateLimit limit, int rejectionStatus) =>
        _limits[(endpoint.Method, endpoint.Path)] = (limit, rejectionStatus);

    /// <summary>Counts <paramref name="request"/>; returns the <c>50011</c> answer when its budget is spent, otherwise <see langword="null"/>.</summary>
    public OkxTestResponse? Count(RecordedRequest request)
    {
        if (!_limits.TryGetValue((request.Method, request.Path), out (OkxRateLimit Limit, int RejectionStatus) rule))
        {
            return null;
        }

        OkxRateLimit limit = rule.Limit;
        string? apiKey = limit.CountsPerUser ? request.GetHeader("OK-ACCESS-KEY") : null;
        string? key = limit.KeyParameter is { } parameter ? ParameterOf(request, parameter) : null;
        return TryCount(request.Method, request.Path, limit, apiKey, key, request.ReceivedAt)
            ? null
            : OkxTestResponse.Error(OkxErrorCodes.RateLimited, Message, rule.RejectionStatus);
    }

    /// <summary>
    /// Counts a WebSocket order operation against the REST endpoint it mirrors (OKX shares their limits); returns
    /// <see langword="false"/> when the budget is spent. <paramref name="field"/> reads a field of its first item.
    /// </summary>
    public bool TryCountOperation(string path, string apiKey, Func<string, string> field, DateTimeOffset receivedAt)
    {
        if (!_limits.TryGetValue(("POST", path), out (OkxRateLimit Limit, int RejectionStatus) rule))
        {
            return true;
        }

        OkxRateLimit limit = rule.Limit;
        string? key = limit.KeyParameter is { } parameter && field(parameter) is { Length: > 0 } value ? value : null;
        return TryCount("POST", path, limit, limit.CountsPerUser ? apiKey : null, key, receivedAt);
    }

    private bool TryCount(string method, string path, OkxRateLimit limit, string? apiKey, string? key, DateTimeOffset receivedAt) =>
        _budgets.GetOrAdd((method, path, apiKey, key), _ => new Budget(limit)).TryCount(receivedAt);

    public IReadOnlyList<OkxRateLimitUsage> Snapshot()
    {
        var usage = new List<OkxRateLimitUsage>(_budgets.Count);
        foreach (KeyValuePair<(string Method, string Path, string? ApiKey, string? Key), Budget> budget in _budgets)
        {
            (string method, string path, string? apiKey, string? key) = budget.Key;
            usage.Add(budget.Value.Usage(method, path, apiKey, key));
        }

        return usage;
    }

    // The value of a GET's query parameter, or of a POST's top-level body property; an array body (a batch) has none.
    private static string? ParameterOf(RecordedRequest request, string parameter)
    {
        if (request.Method == "GET")
        {
            return request.GetQueryValue(parameter);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(request.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty(parameter, out JsonElement value) &&
                value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Budget
    {
        private readonly OkxRateLimit _limit;
        private readonly SlidingWindow _window;
        private int _acceptedCount;
        private int _rejectedCount;
        private int _peak;

        public Budget(OkxRateLimit limit)
        {
            _limit = limit;
            _window = new SlidingWindow(limit.Limit, limit.Window);
        }

        public bool TryCount(DateTimeOffset now)
        {
            lock (_window)
            {
                if (!_window.TryAccept(now))
                {
                    _rejectedCount++;
                    return false;
                }

                _acceptedCount++;
                _peak = Math.Max(_peak, _window.Count);
                return true;
            }
        }

        public OkxRateLimitUsage Usage(string method, string path, string? apiKey, string? key)
        {
            lock (_window)
            {
                return new OkxRateLimitUsage(method, path, apiKey, key, _limit.Limit, _limit.Window, _acceptedCount, _rejectedCount, _peak);
            }
        }
    }
}
