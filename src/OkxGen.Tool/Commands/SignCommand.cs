using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using OkxGen.Doctor;

namespace OkxGen.Tool.Commands;

/// <summary><c>okxgen sign METHOD PATH [--body JSON] [--query QUERY] [--timestamp ISO]</c>: the canonical request and its signature.</summary>
internal static class SignCommand
{
    public const string Help = """
        Usage: okxgen sign METHOD PATH [--body JSON | --body-file FILE] [--query QUERY] [--timestamp TIMESTAMP]

        Prints what OkxGen signs and sends for a request, to compare with a client in another language: the canonical
        body (keys sorted at every level, no whitespace), the request path with the sorted, percent-encoded query, the
        prehash (timestamp + METHOD + requestPath + body) and OK-ACCESS-SIGN.

        METHOD       GET or POST.
        PATH         the request path, for example /api/v5/account/balance (a query may follow '?').
        --body       the JSON body of a POST; --body-file reads it from a file ('-' for standard input).
        --query      the query of a GET, for example 'ccy=BTC,ETH&instType=SPOT'.
        --timestamp  OK-ACCESS-TIMESTAMP, for example 2020-12-08T09:08:57.715Z; the current time by default.
        Secret       from OKX_SECRET_KEY, or asked for without echo.
        """;

    public static int Run(ReadOnlySpan<string> args, ToolContext context)
    {
        var positional = new List<string>();
        string? body = null;
        string? query = null;
        string? timestamp = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                context.Output.WriteLine(Help);
                return ToolExitCodes.Success;
            }

            if (arg is "--body" or "--body-file" or "--query" or "--timestamp")
            {
                if (i + 1 >= args.Length)
                {
                    return Cli.UsageError(context, $"{arg} needs a value.");
                }

                string value = args[++i];
                try
                {
                    _ = arg switch
                    {
                        "--body" => body = value,
                        "--body-file" => body = value == "-" ? new StreamReader(context.Input).ReadToEnd() : File.ReadAllText(value),
                        "--query" => query = value,
                        _ => timestamp = value,
                    };
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine("okxgen sign: " + exception.Message);
                    return ToolExitCodes.BadInput;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return Cli.UsageError(context, $"sign has no option '{arg}'.");
            }
            else
            {
                positional.Add(arg);
            }
        }

        if (positional.Count != 2 || positional[0] is not ("GET" or "POST"))
        {
            return Cli.UsageError(context, "sign takes a method (GET or POST) and a path: okxgen sign POST /api/v5/trade/order --body '{...}'.");
        }

        string method = positional[0];
        string path = positional[1];
        int question = path.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = query is null ? path[(question + 1)..] : path[(question + 1)..] + "&" + query;
            path = path[..question];
        }

        if (!path.StartsWith("/api/v5/", StringComparison.Ordinal))
        {
            return Cli.UsageError(context, $"OKX V5 paths start with /api/v5/, not '{path}'.");
        }

        string canonicalBody;
        try
        {
            canonicalBody = method == "POST"
                ? Encoding.UTF8.GetString(OkxCanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(body ?? "{}")))
                : string.Empty;
        }
        catch (ArgumentException exception)
        {
            context.Error.WriteLine("okxgen sign: the body: " + exception.Message);
            return ToolExitCodes.BadInput;
        }

        if (method == "GET" && body is not null)
        {
            return Cli.UsageError(context, "a GET has no body; give its parameters with --query.");
        }

        timestamp ??= OkxSigner.FormatTimestamp(TimeProvider.System.GetUtcNow());
        string requestPath = path + CanonicalQuery.Write(query);
        string? secret = SecretSource.Secret(context);
        if (string.IsNullOrEmpty(secret))
        {
            return Cli.UsageError(context, $"set {SecretSource.SecretVariable} (the secret is never taken from the command line).");
        }

        string signature = OkxSigner.Sign(secret, timestamp, method, requestPath, canonicalBody);
        TextWriter output = context.Output;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"body:        {canonicalBody}"));
        output.WriteLine("requestPath: " + requestPath);
        output.WriteLine("timestamp:   " + timestamp);
        output.WriteLine("prehash:     " + timestamp + method + requestPath + canonicalBody);
        output.WriteLine("sign:        " + signature);
        return ToolExitCodes.Success;
    }
}
