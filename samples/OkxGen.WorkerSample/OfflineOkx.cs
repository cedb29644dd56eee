using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using OkxGen.Testing;

namespace OkxGen.WorkerSample;

/// <summary>
/// OkxGen.Testing's verifying server, started in-process when <c>Worker:UseTestServer</c> is <c>true</c> (the default
/// in appsettings.json): it learns each account's configured key and becomes the accounts' REST and WebSocket address,
/// through configuration, so that the worker itself is the one that would run against OKX.
/// </summary>
internal sealed class OfflineOkx : IAsyncDisposable
{
    private OfflineOkx(OkxTestServer server)
    {
        Server = server;
    }

    public OkxTestServer Server { get; }

    public static async Task<OfflineOkx?> StartIfConfiguredAsync(IConfigurationManager configuration, IEnumerable<string> accounts)
    {
        if (!bool.TryParse(configuration["Worker:UseTestServer"], out bool useTestServer) || !useTestServer)
        {
            return null;
        }

        // Strict: OkxGen writes one canonical form, so the server may also insist on it (OKX itself accepts any valid JSON).
        OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = true });
        var addresses = new Dictionary<string, string?>();
        foreach (string account in accounts)
        {
            IConfigurationSection section = configuration.GetSection("Okx:" + account);
            bool demo = !bool.TryParse(section["Simulated"], out bool simulated) || simulated;
            if (section["ApiKey"] is { Length: > 0 } apiKey && section["SecretKey"] is { Length: > 0 } secretKey && section["Passphrase"] is { Length: > 0 } passphrase)
            {
                server.AddKey(apiKey, secretKey, passphrase, demo);
            }

            addresses[section.Path + ":BaseAddress"] = server.BaseAddress.ToString();
            addresses[section.Path + ":WebSocketAddress"] = (demo ? server.DemoWebSocketBaseAddress : server.WebSocketBaseAddress).ToString();
        }

        configuration.AddInMemoryCollection(addresses);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Offline: OkxGen.Testing's verifying server at {server.BaseAddress} (Worker:UseTestServer=false trades on OKX)"));
        return new OfflineOkx(server);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
