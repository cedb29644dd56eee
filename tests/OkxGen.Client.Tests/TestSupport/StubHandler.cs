using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.Client.Tests.TestSupport;

/// <summary>An HTTP handler that records what the client sends and answers with a fixed status and body.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<CapturedRequest, (HttpStatusCode Status, string Body)> _answer;
    private readonly HttpContent? _content;

    public StubHandler(string body, HttpStatusCode status = HttpStatusCode.OK)
        : this(_ => (status, body))
    {
    }

    public StubHandler(Func<CapturedRequest, (HttpStatusCode Status, string Body)> answer) => _answer = answer;

    /// <summary>Answers 200 with <paramref name="content"/>, for one request (content is read once).</summary>
    public StubHandler(HttpContent content)
        : this(_ => (HttpStatusCode.OK, "")) => _content = content;

    public List<CapturedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        var captured = new CapturedRequest(request.Method.Method, request.RequestUri!.PathAndQuery, headers, body);
        Requests.Add(captured);
        (HttpStatusCode status, string answer) = _answer(captured);
        return new HttpResponseMessage(status) { Content = _content ?? new ByteArrayContent(Encoding.UTF8.GetBytes(answer)) };
    }
}

/// <summary>One request as the handler saw it.</summary>
internal sealed record CapturedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[]? Body)
{
    public string BodyText => Body is null ? "" : Encoding.UTF8.GetString(Body);
}
