using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Testing;

namespace OkxGen.ReliabilityTests.Support;

/// <summary>A verifying OkxTestServer that knows <see cref="TestKeys"/> and echoes an id from each fuzz request.</summary>
internal sealed class ServerSession : IAsyncDisposable
{
    // One connection pool for all tests, as an application would hold one.
    public static readonly HttpClient Http = new();

    private ServerSession(OkxTestServer server) => Server = server;

    public OkxTestServer Server { get; }

    public static async Task<ServerSession> StartAsync()
    {
        OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = true }, CancellationToken.None);
        server.AddKey(TestKeys.ApiKey, TestKeys.SecretKey, TestKeys.Passphrase, demo: true);
        server.Respond("POST", "/api/v5/fuzz/order", r => Echo(EchoId(r)));
        server.Respond("POST", "/api/v5/fuzz/batch", r => Echo(EchoId(r)));
        server.Respond("GET", "/api/v5/fuzz/query", r => Echo(r.GetQueryValue("instId") ?? ""));
        return new ServerSession(server);
    }

    /// <summary>The id a request carries: the clOrdId of a body (of its first item for an array), or the instId of a query.</summary>
    public static string EchoId(RecordedRequest request)
    {
        if (request.Method == "GET")
        {
            return request.GetQueryValue("instId") ?? "";
        }

        using JsonDocument body = JsonDocument.Parse(request.Body);
        JsonElement item = body.RootElement.ValueKind == JsonValueKind.Array ? body.RootElement.EnumerateArray().First() : body.RootElement;
        return item.TryGetProperty("clOrdId", out JsonElement id) ? id.GetString() ?? "" : "";
    }

    public OkxClient Client(TimeProvider? clock = null) => new(Http, new OkxClientOptions
    {
        BaseAddress = Server.BaseAddress,
        Credentials = TestKeys.Credentials(),
        Simulated = true,
        TimeProvider = clock ?? TimeProvider.System,
    });

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static OkxTestResponse Echo(string id) => OkxTestResponse.Success("[" + JsonSerializer.Serialize(new EchoItem(id), EchoContext.Default.EchoItem) + "]");
}

internal sealed record EchoItem(string Echo);

[System.Text.Json.Serialization.JsonSerializable(typeof(EchoItem))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class EchoContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
