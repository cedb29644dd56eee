using System;
using System.Globalization;
using System.Net;

namespace OkxGen.Testing.Host;

/// <summary>The command line: <c>--port</c>, <c>--key</c>, <c>--secret</c>, <c>--passphrase</c> (or their environment variables), <c>--demo</c>, <c>--strict</c>, <c>--help</c>.</summary>
internal sealed record HostOptions(int Port, OkxTestKey? Key, bool Strict, bool Help)
{
    public const string ApiKeyVariable = "OKX_API_KEY";
    public const string SecretKeyVariable = "OKX_SECRET_KEY";
    public const string PassphraseVariable = "OKX_PASSPHRASE";
    public const int DefaultPort = 8090;

    public const string Usage = """
        Runs OkxGen.Testing's verifying OKX V5 server on 127.0.0.1, for clients in any language.

        Usage: dotnet run --project src/OkxGen.Testing.Host -- [options]

          --port <n>           port to listen on (default 8090; 0 picks a free one)
          --key <apiKey>       API key to accept (default: $OKX_API_KEY)
          --secret <secret>    its secret key (default: $OKX_SECRET_KEY)
          --passphrase <text>  its passphrase (default: $OKX_PASSPHRASE)
          --demo               the key is a demo-trading key: requests must send x-simulated-trading: 1
          --strict             also reject POST bodies that are not canonical JSON (OKX accepts any valid JSON)
          -h, --help           show this help

        Point the client's base URL at the printed address. Without a key only public endpoints answer.
        Stop with Ctrl+C.
        """;

    /// <summary>Reads the arguments, falling back to the environment for the key; <paramref name="error"/> says what is wrong.</summary>
    public static HostOptions? Parse(string[] args, Func<string, string?> environment, out string? error)
    {
        int port = DefaultPort;
        string? apiKey = null, secret = null, passphrase = null;
        bool demo = false, strict = false;
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help" or "-?")
            {
                return new HostOptions(port, null, strict, Help: true);
            }

            if (name is "--demo" or "--strict")
            {
                demo |= name == "--demo";
                strict |= name == "--strict";
                continue;
            }

            if (name is not ("--port" or "--key" or "--secret" or "--passphrase"))
            {
                error = $"Unknown argument '{name}'.";
                return null;
            }

            if (++i == args.Length)
            {
                error = $"{name} needs a value.";
                return null;
            }

            string value = args[i];
            if (name == "--port" && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IPEndPoint.MaxPort))
            {
                error = $"--port needs a number from 0 to {IPEndPoint.MaxPort}, not '{value}'.";
                return null;
            }

            apiKey = name == "--key" ? value : apiKey;
            secret = name == "--secret" ? value : secret;
            passphrase = name == "--passphrase" ? value : passphrase;
        }

        apiKey ??= NonEmpty(environment(ApiKeyVariable));
        secret ??= NonEmpty(environment(SecretKeyVariable));
        passphrase ??= NonEmpty(environment(PassphraseVariable));
        if (apiKey is null && secret is null && passphrase is null)
        {
            return new HostOptions(port, null, strict, Help: false);
        }

        if (string.IsNullOrEmpty(apiKey) || string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(passphrase))
        {
            error = $"A key needs all three of --key, --secret and --passphrase (or {ApiKeyVariable}, {SecretKeyVariable}, {PassphraseVariable}).";
            return null;
        }

        return new HostOptions(port, new OkxTestKey(apiKey, secret, passphrase, demo), strict, Help: false);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
