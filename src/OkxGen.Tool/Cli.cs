using System;

namespace OkxGen.Tool;

/// <summary>The <c>okxgen</c> command line: a command name, then that command's arguments.</summary>
internal static class Cli
{
    public const string Help = """
        okxgen: OKX V5 signing tools from OkxGen.

        Usage: okxgen <command> [arguments]

        Commands:
          doctor      explain a 50113 "Invalid Sign" from a captured request (raw HTTP, curl or HAR)
          sign        print the canonical body, request path, prehash and signature of a request
          endpoints   list the [OkxEndpoint] declarations of an assembly

        Run 'okxgen <command> --help' for a command's arguments.
        """;

    public static int Run(string[] args, ToolContext context)
    {
        if (args.Length == 0)
        {
            context.Error.WriteLine(Help);
            return ToolExitCodes.Usage;
        }

        ReadOnlySpan<string> rest = args.AsSpan(1);
        return args[0] switch
        {
            "-h" or "--help" or "help" => WriteHelp(context),
            "doctor" => Commands.DoctorCommand.Run(rest, context),
            "sign" => Commands.SignCommand.Run(rest, context),
            "endpoints" => Commands.EndpointsCommand.Run(rest, context),
            _ => UsageError(context, $"unknown command '{args[0]}'; run 'okxgen --help'."),
        };
    }

    /// <summary>Reports a wrong command line in one line.</summary>
    public static int UsageError(ToolContext context, string message)
    {
        context.Error.WriteLine("okxgen: " + message);
        return ToolExitCodes.Usage;
    }

    private static int WriteHelp(ToolContext context)
    {
        context.Output.WriteLine(Help);
        return ToolExitCodes.Success;
    }
}
