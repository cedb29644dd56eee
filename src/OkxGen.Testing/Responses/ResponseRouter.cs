using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace OkxGen.Testing.Responses;

/// <summary>
/// Finds the answer for an accepted request: a custom response for the method and path, then one for the path and any method,
/// then the built-in default, and otherwise HTTP 404 with code <see cref="OkxErrorCodes.NotFound"/>.
/// </summary>
internal sealed class ResponseRouter
{
    private const string AnyMethod = "*";

    private readonly ConcurrentDictionary<string, Func<RecordedRequest, OkxTestResponse>> _custom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<RecordedRequest, OkxTestResponse>> _defaults = new(StringComparer.Ordinal);

    public void SetCustom(string? method, string path, Func<RecordedRequest, OkxTestResponse> handler) =>
        _custom[Key(method ?? AnyMethod, path)] = handler;

    public void ClearCustom() => _custom.Clear();

    /// <summary>Adds a built-in answer; only called while the server is being set up.</summary>
    public void SetDefault(string method, string path, Func<RecordedRequest, OkxTestResponse> handler) =>
        _defaults[Key(method, path)] = handler;

    public OkxTestResponse Resolve(RecordedRequest request)
    {
        if (_custom.TryGetValue(Key(request.Method, request.Path), out Func<RecordedRequest, OkxTestResponse>? handler)
            || _custom.TryGetValue(Key(AnyMethod, request.Path), out handler)
            || _defaults.TryGetValue(Key(request.Method, request.Path), out handler))
        {
            return handler(request);
        }

        // The endpoints of OkxGen.Api without a built-in model: OKX's documented example.
        if (DocumentedExamples.TryGet(request.Method, request.Path, out string data))
        {
            return OkxTestResponse.Success(data);
        }

        return OkxTestResponse.Error(OkxErrorCodes.NotFound, "Not Found: " + request.Method + " " + request.Path, 404);
    }

    private static string Key(string method, string path) => method.ToUpperInvariant() + " " + path;
}
