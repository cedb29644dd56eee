using System;
using OkxGen.Tool;
using OkxGen.Tool.Terminal;

var context = new ToolContext
{
    Input = Console.OpenStandardInput(),
    Output = Console.Out,
    Error = Console.Error,
    Environment = Environment.GetEnvironmentVariable,
    PromptSecret = ConsoleSecretPrompt.Read,
    UseColor = !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb",
};

return Cli.Run(args, context);
