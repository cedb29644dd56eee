using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OkxGen.Tool.Tests;

/// <summary><c>okxgen sign</c> against the signing vectors computed with Python's standard library.</summary>
public sealed class SignCommandTests
{
    public static TheoryData<string> VectorNames => new(Vectors().Select(v => v.GetProperty("name").GetString()!));

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Sign_Vector_PrintsPythonsBodyPrehashAndSignature(string name)
    {
        JsonElement vector = Vectors().Single(v => v.GetProperty("name").GetString() == name);
        string method = vector.GetProperty("method").GetString()!;
        string[] args = method == "POST"
            ? ["sign", method, vector.GetProperty("path").GetString()!, "--body", vector.GetProperty("body").GetRawText(), "--timestamp", vector.GetProperty("timestamp").GetString()!]
            : ["sign", method, vector.GetProperty("path").GetString()!, "--query", Query(vector), "--timestamp", vector.GetProperty("timestamp").GetString()!];

        ToolRun run = ToolRun.Of(args, secret: vector.GetProperty("secretKey").GetString());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("prehash:     " + vector.GetProperty("expectedPrehash").GetString() + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Contains("sign:        " + vector.GetProperty("expectedSign").GetString(), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_WithoutSecret_AsksAndFailsInOneLine()
    {
        ToolRun run = ToolRun.Of(["sign", "GET", "/api/v5/account/balance"]);

        Assert.Equal(64, run.ExitCode);
        Assert.Equal("okxgen: set OKX_SECRET_KEY (the secret is never taken from the command line).", run.Error.TrimEnd());
    }

    [Fact]
    public void Sign_InvalidJsonBody_IsOneClearLine()
    {
        ToolRun run = ToolRun.Of(["sign", "POST", "/api/v5/trade/order", "--body", "{\"sz\":"], secret: "s");

        Assert.Equal(65, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sign")]
    [InlineData("sign DELETE /api/v5/trade/order")]
    [InlineData("sign GET /trade/order")]
    [InlineData("sign GET /api/v5/account/balance --nope")]
    public void Sign_WrongCommandLine_IsAUsageError(string commandLine)
    {
        ToolRun run = ToolRun.Of(commandLine.Split(' '), secret: "s");

        Assert.Equal(64, run.ExitCode);
        Assert.StartsWith("okxgen: ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The vector's query parameters as a user would type them, in the vector's (unsorted) order.</summary>
    private static string Query(JsonElement vector) =>
        vector.TryGetProperty("query", out JsonElement query)
            ? string.Join('&', query.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString()))
            : string.Empty;

    private static JsonElement[] Vectors()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Vectors", "vectors.json")));
        return document.RootElement.EnumerateArray().Select(v => v.Clone()).ToArray();
    }
}
