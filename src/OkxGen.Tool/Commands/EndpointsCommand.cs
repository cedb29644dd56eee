using System;
using System.Collections.Generic;
using System.IO;
using OkxGen.Tool.Endpoints;

namespace OkxGen.Tool.Commands;

/// <summary><c>okxgen endpoints [ASSEMBLY]</c>: the OKX endpoints an assembly declares.</summary>
internal static class EndpointsCommand
{
    public const string ApiAssemblyName = "OkxGen.Api.dll";

    public const string Help = """
        Usage: okxgen endpoints [ASSEMBLY]

        Lists the [OkxEndpoint] declarations of a compiled assembly (read as metadata: nothing is loaded or run):
        method, path, declaring type, signed or public, and the declared rate limit.

        ASSEMBLY   the .dll to read; without it, the OkxGen.Api package's declarations when the tool carries them.
        """;

    public static int Run(ReadOnlySpan<string> args, ToolContext context)
    {
        string? assembly = null;
        foreach (string arg in args)
        {
            if (arg is "-h" or "--help")
            {
                context.Output.WriteLine(Help);
                return ToolExitCodes.Success;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) || assembly is not null)
            {
                return Cli.UsageError(context, "endpoints takes one assembly path.");
            }

            assembly = arg;
        }

        assembly ??= Path.Combine(context.BaseDirectory, ApiAssemblyName);
        if (!File.Exists(assembly))
        {
            return Cli.UsageError(context, $"no assembly at '{assembly}'; give the path of a .dll that declares endpoints.");
        }

        IReadOnlyList<DeclaredEndpoint> endpoints;
        try
        {
            endpoints = EndpointMetadataReader.Read(assembly);
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or InvalidOperationException)
        {
            context.Error.WriteLine($"okxgen endpoints: '{assembly}' is not a readable .NET assembly: {exception.Message}");
            return ToolExitCodes.BadInput;
        }

        foreach (DeclaredEndpoint endpoint in endpoints)
        {
            context.Output.WriteLine(endpoint.ToString());
        }

        context.Error.WriteLine($"{endpoints.Count} endpoints in {Path.GetFileName(assembly)}");
        return ToolExitCodes.Success;
    }
}
