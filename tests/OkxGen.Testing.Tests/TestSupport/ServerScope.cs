using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>A started server with the test key, an <see cref="HttpClient"/> pointed at it, and a signer.</summary>
public sealed class ServerScope : IAsyncDisposable
{
    private ServerScope(OkxTestServer server, TestSigner signer)
    {
        Server = server;
        Signer = signer;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public OkxTestServer Server { get; }

    public HttpClient Http { get; }

    public TestSigner Signer { get; }

    /// <summary>The server's clock as a timestamp, so that requests fall inside the window.</summary>
    public string Now => TestSigner.FormatTimestamp(Server.Now);

    public static async Task<ServerScope> StartAsync(OkxTestServerOptions? options = null, TestSigner? signer = null)
    {
        signer ??= new TestSigner();
        OkxTestServer server = await OkxTestServer.StartAsync(options);
        server.AddKey(signer.Key, signer.SecretKey, signer.KeyPassphrase, signer.Demo);
        return new ServerScope(server, signer);
    }

    public async Task<OkxAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (HttpResponseMessage response = await Http.SendAsync(request))
        {
            return await OkxAnswer.ReadAsync(response);
        }
    }

    /// <summary>Sends a correctly signed request stamped with the server's clock.</summary>
    public Task<OkxAnswer> SendSignedAsync(string method, string target, string? body = null) =>
        SendAsync(Signer.Create(method, target, Now, body));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
