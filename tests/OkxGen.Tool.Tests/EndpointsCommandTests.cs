using System;
using OkxGen;

namespace OkxGen.Tool.Tests;

/// <summary><c>okxgen endpoints</c> reads declarations from metadata; this assembly declares two (no generator runs here).</summary>
public sealed class EndpointsCommandTests
{
    [Fact]
    public void Endpoints_OfAnAssembly_ListsItsDeclarations()
    {
        ToolRun run = ToolRun.Of(["endpoints", typeof(EndpointsCommandTests).Assembly.Location]);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^GET +/api/v5/market/ticker +OkxGen\.Tool\.Tests\.TickerDeclaration  \(public\)  20/2s$", lines[0]);
        Assert.Matches(@"^POST +/api/v5/trade/order +OkxGen\.Tool\.Tests\.OrderDeclaration$", lines[1]);
    }

    [Fact]
    public void Endpoints_WithoutAnAssembly_ListsTheApiPackageAsItsTableDocumentsIt()
    {
        string[] table = System.IO.File.ReadAllLines(System.IO.Path.Combine(RepositoryRoot(), "src", "OkxGen.Api", "endpoints.tsv"))[1..];

        ToolRun run = ToolRun.Of(["endpoints"]);

        Assert.Equal(0, run.ExitCode);
        string[] listed = run.Output.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(table.Length, listed.Length);
        foreach (string row in table)
        {
            string[] columns = row.Split('\t');
            Assert.Contains(listed, line => System.Text.RegularExpressions.Regex.IsMatch(line, $"^{columns[0]} +{System.Text.RegularExpressions.Regex.Escape(columns[1])} "));
        }
    }

    [Fact]
    public void Endpoints_OfAFileThatIsNoAssembly_IsOneClearLine()
    {
        string path = System.IO.Path.GetTempFileName();
        try
        {
            ToolRun run = ToolRun.Of(["endpoints", path]);

            Assert.Equal(65, run.ExitCode);
            Assert.Contains("is not a readable .NET assembly", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "..", ".."));
}

[OkxEndpoint("POST", "/api/v5/trade/order")]
internal sealed class OrderDeclaration
{
}

[OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, RateLimit = 20)]
internal sealed class TickerDeclaration
{
}
