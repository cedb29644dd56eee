using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace OkxGen.Tool.Tests;

/// <summary>Runs the okxgen command line in memory: standard input, both outputs, the environment and the secret prompt.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Of(string[] args, string? input = null, string? secret = null, string? passphrase = null, string? prompted = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (secret is not null)
        {
            environment["OKX_SECRET_KEY"] = secret;
        }

        if (passphrase is not null)
        {
            environment["OKX_PASSPHRASE"] = passphrase;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new ToolContext
        {
            Input = new MemoryStream(Encoding.UTF8.GetBytes(input ?? string.Empty)),
            Output = output,
            Error = error,
            Environment = name => environment.GetValueOrDefault(name),
            PromptSecret = _ => prompted,
        };

        int exitCode = Cli.Run(args, context);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }
}
