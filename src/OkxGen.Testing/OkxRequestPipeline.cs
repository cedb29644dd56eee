using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OkxGen.Testing.Faults;
using OkxGen.Testing.RateLimiting;
using OkxGen.Testing.Recording;
using OkxGen.Testing.Responses;
using OkxGen.Testing.Verification;

namespace OkxGen.Testing;

/// <summary>Handles every request: read it raw, verify, record, then answer (or apply an injected fault).</summary>
internal sealed class OkxRequestPipeline
{
    private readonly ServerClock _clock;
    private readonly RequestVerifier _verifier;
    private readonly RequestLog _log;
    private readonly FaultQueue _faults;
    private readonly ResponseRouter _router;
    private readonly RateLimitCounter _rateLimits;

    /// <summary>The test-only answer header that carries the signature doctor's explanation of a 50113 (<see cref="OkxTestServerOptions.ExplainInvalidSign"/>).</summary>
    public const string DiagnosisHeader = "X-OkxGen-Diagnosis";

    private readonly bool _explainInvalidSign;

    public OkxRequestPipeline(ServerClock clock, RequestVerifier verifier, RequestLog log, FaultQueue faults, ResponseRouter router, RateLimitCounter rateLimits, bool explainInvalidSign)
    {
        _rateLimits = rateLimits;
        _explainInvalidSign = explainInvalidSign;
        _clock = clock;
        _verifier = verifier;
        _log = log;
        _faults = faults;
        _router = router;
    }

    public async Task HandleAsync(HttpContext context)
    {
        byte[] body;
        try
        {
            body = await ReadBodyAsync(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return;
        }

        // OKX signs the target as it came on the wire, so verify against the raw target, never the decoded path.
        string rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget
            ?? context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        int queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        string path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        string method = context.Request.Method;
        DateTimeOffset now = _clock.Now;

        VerificationResult verification = _verifier.Verify(method, rawTarget, path, context.Request.Headers, body, now);
        OkxFault? fault = _faults.TryTake(path);
        var request = new RecordedRequest(
            method,
            rawTarget,
            CopyHeaders(context.Request.Headers),
            body,
            now,
            verification.Code,
            verification.RecordedMessage,
            verification.IsPublic,
            fault?.Kind);
        _log.Add(request);

        OkxTestResponse response = verification.IsAccepted
            ? _rateLimits.Count(request) ?? _router.Resolve(request)
            : OkxTestResponse.Error(verification.Code, verification.Message, verification.StatusCode);

        if (_explainInvalidSign && verification.Diagnosis is not null)
        {
            context.Response.Headers[DiagnosisHeader] = verification.Diagnosis;
        }

        try
        {
            if (fault is not null && await FaultResponder.ApplyAsync(context, fault, response).ConfigureAwait(false))
            {
                return;
            }

            await ResponseWriter.WriteAsync(context, response).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The client went away; nothing to answer.
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static ReadOnlyDictionary<string, string> CopyHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in headers)
        {
            copy[header.Key] = header.Value.ToString();
        }

        return copy.AsReadOnly();
    }
}
