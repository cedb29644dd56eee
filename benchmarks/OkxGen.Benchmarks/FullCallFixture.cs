using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Benchmarks.Alternatives;
using OkxGen.Benchmarks.Model;
using OkxGen.Testing;

namespace OkxGen.Benchmarks;

/// <summary>
/// The loopback test server and the three clients that send the same place order to it: OkxGen's client, the
/// copied-helper <see cref="HttpClient"/> client, and a transport-only floor that sends constant, pre-signed bytes.
/// </summary>
/// <remarks>
/// The server verifies every signature. It runs without its strict canonical-JSON check, because the copied helper
/// leaves the nested <c>attachAlgoOrds</c> keys unsorted (real OKX accepts that too), and with a one-day timestamp
/// window, so that the floor's constant timestamp stays valid for the whole run.
/// </remarks>
internal sealed class FullCallFixture : IAsyncDisposable
{
    private const int ClearEvery = 512;

    private readonly OkxTestServer _server;
    private readonly HttpClient _http;
    private readonly OkxClient _client;
    private readonly HelperClient _helper;
    private readonly HelperPlaceOrder _helperOrder;
    private readonly Uri _orderUri;
    private readonly byte[] _floorBody;
    private readonly string _floorTimestamp;
    private readonly string _floorSignature;
    private readonly byte[] _floorAnswer = new byte[4096];
    private int _calls;

    private FullCallFixture(OkxTestServer server)
    {
        _server = server;
        _server.AddKey(Samples.ApiKey, Samples.SecretKey, Samples.Passphrase, demo: true);

        // One constant acknowledgement instead of the server's order book: the same order is placed millions of times, and a
        // book would refuse the repeated clOrdId (51016) and grow for the whole run.
        var acknowledgement = OkxTestResponse.Json(
            """{"code":"0","data":[{"clOrdId":"b15a7c3e","ordId":"590908157585625001","sCode":"0","sMsg":"Order placed","subCode":"","tag":"okxgenbench1","ts":"1695190491421"}],"inTime":"1695190491421339","msg":"","outTime":"1695190491423240"}""");
        _server.Respond("POST", Samples.RequestPath, _ => acknowledgement);

        // One connection pool for every client, as an application holds one.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        _client = new OkxClient(_http, new OkxClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = new OkxCredentials(Samples.ApiKey, Samples.SecretKey, Samples.Passphrase),
            Simulated = true,
        });
        _helper = new HelperClient(_http, server.BaseAddress, Samples.ApiKey, Samples.SecretKey, Samples.Passphrase);
        _helperOrder = CopiedHelper.ToDto(Samples.Order);
        _orderUri = new Uri(server.BaseAddress, Samples.RequestPath);

        _floorBody = System.Text.Encoding.UTF8.GetBytes(Samples.Order.ToJson());
        _floorTimestamp = OkxSigner.FormatTimestamp(server.Now);
        _floorSignature = OkxSigner.Sign(Samples.SecretKey, _floorTimestamp, "POST", Samples.RequestPath, Samples.Order.ToJson());
    }

    public static async Task<FullCallFixture> StartAsync()
    {
        var options = new OkxTestServerOptions { StrictCanonicalJson = false, TimestampWindow = TimeSpan.FromDays(1) };
        return new FullCallFixture(await OkxTestServer.StartAsync(options, CancellationToken.None).ConfigureAwait(false));
    }

    public async Task<string> OkxGenAsync()
    {
        OkxResponse<OrderAck> response = await _client.PlaceOrderAsync(Samples.Order, CancellationToken.None).ConfigureAwait(false);
        Recorded();
        return response.Code;
    }

    public async Task<string> CopiedHelperAsync()
    {
        HelperResponse response = await _helper.PlaceOrderAsync(_helperOrder).ConfigureAwait(false);
        Recorded();
        return response.Code;
    }

    /// <summary>What <see cref="HttpClient"/> and the in-process server cost on their own: constant headers and body, the answer read into a reused buffer, not parsed.</summary>
    public async Task<int> TransportOnlyAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _orderUri);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", Samples.ApiKey);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", _floorSignature);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", _floorTimestamp);
        request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", Samples.Passphrase);
        request.Headers.TryAddWithoutValidation("x-simulated-trading", "1");
        request.Content = new ByteArrayContent(_floorBody);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        Stream stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        int total = 0;
        await using (stream.ConfigureAwait(false))
        {
            int read;
            while ((read = await stream.ReadAsync(_floorAnswer.AsMemory(total % 2048, 2048), CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }

        Recorded();
        return total;
    }

    /// <summary>Sends one request with each client and returns the problems: every request must be accepted with code 0.</summary>
    public async Task<List<string>> CheckAsync()
    {
        var problems = new List<string>();
        _server.Clear();
        string okxGen = await OkxGenAsync().ConfigureAwait(false);
        string helper = await CopiedHelperAsync().ConfigureAwait(false);
        await TransportOnlyAsync().ConfigureAwait(false);
        if (okxGen != "0")
        {
            problems.Add($"full call: OkxGen's client got code {okxGen}");
        }

        if (helper != "0")
        {
            problems.Add($"full call: the copied-helper client got code {helper}");
        }

        IReadOnlyList<RecordedRequest> requests = _server.Requests;
        string[] names = ["OkxGen client", "copied-helper client", "transport-only floor"];
        if (requests.Count != names.Length)
        {
            problems.Add($"full call: the server recorded {requests.Count} requests, not {names.Length}");
        }

        for (int i = 0; i < Math.Min(requests.Count, names.Length); i++)
        {
            if (!requests[i].IsAccepted)
            {
                problems.Add($"full call: the server rejected the {names[i]}'s request: {requests[i].VerificationCode} {requests[i].VerificationMessage}");
            }
        }

        if (requests.Count >= 2 && requests[0].BodyText != Samples.Order.ToJson())
        {
            problems.Add("full call: OkxGen's client did not send the canonical body");
        }

        _server.Clear();
        return problems;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    // The server records every request; forget them now and then so that the log does not grow through a run.
    private void Recorded()
    {
        if (Interlocked.Increment(ref _calls) % ClearEvery == 0)
        {
            _server.Clear();
        }
    }
}
