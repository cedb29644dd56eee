using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OkxGen;
using OkxGen.Sample;
using OkxGen.Testing;
using OkxGen.WebSockets;

// The main job. Without credentials: starts OkxGen.Testing's verifying server in-process and runs a trading session
// against it. With OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE: runs the same session on OKX demo trading; it
// trades live only when --live is given as well.
bool live = Array.IndexOf(args, "--live") >= 0;
string? apiKey = Environment.GetEnvironmentVariable("OKX_API_KEY");
string? secretKey = Environment.GetEnvironmentVariable("OKX_SECRET_KEY");
string? passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE");
bool online = !string.IsNullOrEmpty(apiKey) && !string.IsNullOrEmpty(secretKey) && !string.IsNullOrEmpty(passphrase);
if (live && !online)
{
    Console.Error.WriteLine("--live needs OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE.");
    return 2;
}

using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
OkxTestServer? server = null;
try
{
    var options = new OkxClientOptions { Simulated = !live };
    if (online)
    {
        options.Credentials = new OkxCredentials(apiKey!, secretKey!, passphrase!);
        Console.WriteLine(live ? "OKX LIVE trading (--live)" : "OKX demo trading (x-simulated-trading: 1)");
    }
    else
    {
        // Strict: OkxGen writes one canonical form, so the server may also insist on it (OKX itself accepts any valid JSON).
        server = await OkxTestServer.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = true }, cancellation.Token);
        server.AddKey(SampleKey.ApiKey, SampleKey.Secret, SampleKey.Passphrase, demo: true);
        options.BaseAddress = server.BaseAddress;
        options.Credentials = new OkxCredentials(SampleKey.ApiKey, SampleKey.Secret, SampleKey.Passphrase);
        Console.WriteLine($"Offline session against OkxGen.Testing's verifying server at {server.BaseAddress} (set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE to use OKX demo trading)");
    }

    using var wireTap = new WireTap(new SocketsHttpHandler());
    using var http = new HttpClient(wireTap);
    var session = new TradingSession(new OkxClient(http, options), new CallPrinter(wireTap));
    bool allAccepted = await session.RunAsync(cancellation.Token);
    await using (var webSocket = new OkxWebSocketClient(new OkxWebSocketOptions
    {
        Credentials = options.Credentials,
        Simulated = !live,
        BaseAddress = server?.DemoWebSocketBaseAddress,
        RequestExpiry = TimeSpan.FromSeconds(10),
    }))
    {
        allAccepted &= await new WebSocketSession(webSocket, server).RunAsync(cancellation.Token);
    }

    if (server is not null)
    {
        Console.WriteLine();
        Console.WriteLine($"The verifying server checked {server.Requests.Count} requests: {Count(server, accepted: true)} accepted, {Count(server, accepted: false)} rejected.");
        await SignatureDoctorDemo.RunAsync(server, SampleKey.ApiKey, SampleKey.Secret, SampleKey.Passphrase, cancellation.Token);
    }

    return allAccepted ? 0 : 1;
}
catch (HttpRequestException exception)
{
    Console.Error.WriteLine($"Network error: {exception.Message} (is the machine online, and the address reachable?)");
    return 1;
}
catch (OkxResponseException exception)
{
    Console.Error.WriteLine($"Not an OKX answer: {exception.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("The session took longer than two minutes and was cancelled.");
    return 1;
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync();
    }
}

static int Count(OkxTestServer server, bool accepted)
{
    int count = 0;
    foreach (RecordedRequest request in server.Requests)
    {
        count += request.IsAccepted == accepted ? 1 : 0;
    }

    return count;
}

/// <summary>The offline session's demo key, known to the local verifying server only.</summary>
internal static class SampleKey
{
    public const string ApiKey = "okxgen-sample-key";
    public const string Secret = "22582BD0CFF14C41EDBF1AB98506286D";
    public const string Passphrase = "okxgen-sample";
}
