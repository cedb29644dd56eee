using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OkxGen;

/// <summary>
/// The client's metrics and traces, both named <c>OkxGen</c> (OpenTelemetry picks them up by that name): the
/// <c>okxgen.request.duration</c> histogram, in seconds, and one client activity per call; the rate limiter's
/// <c>okxgen.rate_limit.wait.duration</c> (s) and <c>okxgen.rate_limit.refusals</c>; the WebSocket client's
/// <c>okxgen.websocket.reconnects</c> and <c>okxgen.websocket.push.lag</c> (s). Their tags are the method, the
/// endpoint's path template (or WebSocket path), the channel and OKX's code: never the query, the body, an instrument,
/// a key, a signature or a secret.
/// </summary>
internal static class OkxTelemetry
{
    internal const string Name = "OkxGen";
    internal const string MethodTag = "http.request.method";
    internal const string PathTag = "okx.path";
    internal const string CodeTag = "okx.code";
    internal const string ChannelTag = "okx.channel";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "okxgen.request.duration", "s", "Duration of an OKX REST call, from signing to the parsed answer.");

    private static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>(
        "okxgen.rate_limit.wait.duration", "s", "Time a request waited for a permit of its endpoint's declared rate limit (0 when one was free).");

    private static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>(
        "okxgen.rate_limit.refusals", "{request}", "Requests refused a permit by the rate limiter, so not sent.");

    private static readonly Counter<long> WebSocketReconnects = Meter.CreateCounter<long>(
        "okxgen.websocket.reconnects", "{reconnect}", "WebSocket connections re-established (logged in again, subscriptions renewed) after a drop.");

    private static readonly Histogram<double> PushLag = Meter.CreateHistogram<double>(
        "okxgen.websocket.push.lag", "s", "Local receive time of a WebSocket push minus the ts OKX put in its first data item, where it has one.");

    /// <summary>Gets whether rate-limit waits are listened to, so that the limiter times its waits only then.</summary>
    internal static bool RateLimitWaitEnabled => RateLimitWait.Enabled;

    /// <summary>Gets whether push lag is listened to, so that pushes are searched for their <c>ts</c> only then.</summary>
    internal static bool PushLagEnabled => PushLag.Enabled;

    /// <summary>Starts the call's activity when something listens, else returns <see langword="null"/> without allocating.</summary>
    internal static Activity? StartCall(OkxEndpointInfo endpoint)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity? activity = Source.StartActivity(endpoint.ToString(), ActivityKind.Client);
        activity?.SetTag(MethodTag, endpoint.Method);
        activity?.SetTag(PathTag, endpoint.Path);
        return activity;
    }

    /// <summary>Records an answered call: its duration by method, path template and code, and the code on its activity.</summary>
    internal static void Answered(Activity? activity, OkxEndpointInfo endpoint, string code, long startedTimestamp)
    {
        if (activity is not null)
        {
            activity.SetTag(CodeTag, code);
            activity.SetStatus(code == "0" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        }

        if (RequestDuration.Enabled)
        {
            RequestDuration.Record(
                Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds,
                new KeyValuePair<string, object?>(MethodTag, endpoint.Method),
                new KeyValuePair<string, object?>(PathTag, endpoint.Path),
                new KeyValuePair<string, object?>(CodeTag, code));
        }
    }

    /// <summary>Records how long a request waited for a rate-limit permit, by method and path template.</summary>
    internal static void RateLimitWaited(OkxEndpointInfo endpoint, double seconds) =>
        RateLimitWait.Record(
            seconds,
            new KeyValuePair<string, object?>(MethodTag, endpoint.Method),
            new KeyValuePair<string, object?>(PathTag, endpoint.Path));

    /// <summary>Counts a request the rate limiter refused, by method and path template.</summary>
    internal static void RateLimitRefused(OkxEndpointInfo endpoint)
    {
        if (RateLimitRefusals.Enabled)
        {
            RateLimitRefusals.Add(
                1,
                new KeyValuePair<string, object?>(MethodTag, endpoint.Method),
                new KeyValuePair<string, object?>(PathTag, endpoint.Path));
        }
    }

    /// <summary>Counts a re-established WebSocket connection, by its path (<c>/ws/v5/public</c>, <c>/private</c>, <c>/business</c>).</summary>
    internal static void Reconnected(string path)
    {
        if (WebSocketReconnects.Enabled)
        {
            WebSocketReconnects.Add(1, new KeyValuePair<string, object?>(PathTag, path));
        }
    }

    /// <summary>Records a push's lag behind OKX's <c>ts</c>, by WebSocket path and channel.</summary>
    internal static void PushReceived(string path, string channel, double lagSeconds) =>
        PushLag.Record(
            lagSeconds,
            new KeyValuePair<string, object?>(PathTag, path),
            new KeyValuePair<string, object?>(ChannelTag, channel));
}
