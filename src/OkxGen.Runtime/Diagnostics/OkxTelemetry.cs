using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OkxGen;

/// <summary>
/// The client's metrics and traces, both named <c>OkxGen</c> (OpenTelemetry picks them up by that name): the
/// <c>okxgen.request.duration</c> histogram, in seconds, and one client activity per call. Their tags are the method,
/// the endpoint's path template and OKX's code: never the query, the body, a key, a signature or a secret.
/// </summary>
internal static class OkxTelemetry
{
    internal const string Name = "OkxGen";
    internal const string MethodTag = "http.request.method";
    internal const string PathTag = "okx.path";
    internal const string CodeTag = "okx.code";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "okxgen.request.duration", "s", "Duration of an OKX REST call, from signing to the parsed answer.");

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
}
