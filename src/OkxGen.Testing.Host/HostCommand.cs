using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.Testing.Host;

/// <summary>Starts the server with the parsed options, prints its address, and stops it cleanly when cancelled.</summary>
internal static class HostCommand
{
    /// <summary>Runs until <paramref name="stop"/> is cancelled.</summary>
    /// <returns>0 after a clean stop or the help; 1 when the server cannot start; 2 for a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter output, TextWriter errors, CancellationToken stop)
    {
        HostOptions? options = HostOptions.Parse(args, environment, out string? error);
        if (options is null)
        {
            await errors.WriteLineAsync(error + " (--help for the options)").ConfigureAwait(false);
            return 2;
        }

        if (options.Help)
        {
            await output.WriteLineAsync(HostOptions.Usage).ConfigureAwait(false);
            return 0;
        }

        var serverOptions = new OkxTestServerOptions { Port = options.Port, StrictCanonicalJson = options.Strict };
        if (options.Key is not null)
        {
            serverOptions.Keys.Add(options.Key);
        }

        OkxTestServer server;
        try
        {
            server = await OkxTestServer.StartAsync(serverOptions, stop).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await errors.WriteLineAsync($"Cannot listen on 127.0.0.1:{options.Port}: {exception.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (server.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"OkxGen.Testing server listening on {server.BaseAddress}").ConfigureAwait(false);
            await output.WriteLineAsync(options.Key is null
                ? "No key: only public endpoints (/api/v5/public/, /api/v5/market/) answer; give --key, --secret and --passphrase."
                : $"Key {options.Key}; bodies: {(options.Strict ? "canonical JSON only (--strict)" : "any valid JSON, as OKX")}. Ctrl+C stops.").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop below.
            }

            int accepted = 0;
            int total = 0;
            foreach (RecordedRequest request in server.Requests)
            {
                total++;
                accepted += request.IsAccepted ? 1 : 0;
            }

            await output.WriteLineAsync($"Stopped after {total} requests: {accepted} accepted, {total - accepted} rejected.").ConfigureAwait(false);
        }

        return 0;
    }
}
