using System;
using System.IO;

namespace OkxGen.Tool;

/// <summary>What a command reads and writes, so that tests can run a command without a console.</summary>
internal sealed class ToolContext
{
    public required Stream Input { get; init; }

    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public required Func<string, string?> Environment { get; init; }

    /// <summary>Asks for a secret without echo; <see langword="null"/> when no terminal can be asked.</summary>
    public required Func<string, string?> PromptSecret { get; init; }

    public bool UseColor { get; init; }

    /// <summary>The tool's own folder, where <c>OkxGen.Api.dll</c> is looked for.</summary>
    public string BaseDirectory { get; init; } = AppContext.BaseDirectory;
}
