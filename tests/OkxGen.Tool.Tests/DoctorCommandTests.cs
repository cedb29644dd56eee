using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OkxGen.Tool.Tests;

/// <summary><c>okxgen doctor</c> on the Python-made captured requests, written as raw HTTP, curl and HAR.</summary>
public sealed class DoctorCommandTests
{
    private static readonly Lazy<JsonElement> CaseFile = new(() =>
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Cases", "doctor-cases.json")));
        return document.RootElement.Clone();
    });

    [Theory]
    [InlineData("valid_post", 0)]
    [InlineData("body_python_separators", 1)]
    [InlineData("query_signed_decoded_sent_encoded", 1)]
    [InlineData("another_secret", 2)]
    public void Doctor_RawHttp_ExitsWithTheOutcome(string name, int exitCode)
    {
        ToolRun run = ToolRun.Of(["doctor"], input: RawHttp(Case(name)), secret: Secret, passphrase: Passphrase);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("OKX hashes ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_CurlAsBrowsersCopyIt_FindsTheCause()
    {
        JsonElement c = Case("body_python_separators");
        string curl = $"curl 'https://www.okx.com{c.GetProperty("target").GetString()}' \\\n  -H 'OK-ACCESS-KEY: key' \\\n"
            + $"  -H 'OK-ACCESS-TIMESTAMP: {c.GetProperty("timestamp").GetString()}' \\\n  -H 'OK-ACCESS-SIGN: {c.GetProperty("signature").GetString()}' \\\n"
            + $"  -H 'content-type: application/json' \\\n  --data-raw $'{AnsiC(c.GetProperty("body").GetString()!)}'";

        ToolRun run = ToolRun.Of(["doctor", "--format", "curl"], input: curl, secret: Secret);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BodyWhitespace", run.Output, StringComparison.Ordinal);
        Assert.Contains("byte 18 of the body", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_HarEntry_FindsTheCause()
    {
        JsonElement c = Case("query_not_signed");
        string har = JsonSerializerHar(c);

        ToolRun run = ToolRun.Of(["doctor"], input: har, secret: Secret);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("QueryNotSigned", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_TruncatedHar_IsOneClearLine()
    {
        string har = JsonSerializerHar(Case("query_not_signed"));

        ToolRun run = ToolRun.Of(["doctor"], input: har[..(har.Length / 2)], secret: Secret);

        Assert.Equal(65, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("truncated", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_CaptureWithoutSignHeader_IsOneClearLine()
    {
        ToolRun run = ToolRun.Of(["doctor"], input: "GET /api/v5/account/balance HTTP/1.1\r\nHost: www.okx.com\r\n\r\n", secret: Secret);

        Assert.Equal(65, run.ExitCode);
        Assert.Contains("no OK-ACCESS-TIMESTAMP header", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_SecretFromThePrompt_IsUsed()
    {
        ToolRun run = ToolRun.Of(["doctor"], input: RawHttp(Case("valid_post")), prompted: Secret);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Secret, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_NoSecretAnywhere_IsAUsageError()
    {
        ToolRun run = ToolRun.Of(["doctor"], input: RawHttp(Case("valid_post")));

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("OKX_SECRET_KEY", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("doctor --help")]
    [InlineData("sign --help")]
    [InlineData("endpoints --help")]
    public void Help_IsPrintedEverywhere(string commandLine)
    {
        ToolRun run = ToolRun.Of(commandLine.Split(' '));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: okxgen", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_IsOneLine()
    {
        ToolRun run = ToolRun.Of(["diagnose"]);

        Assert.Equal(64, run.ExitCode);
        Assert.Equal("okxgen: unknown command 'diagnose'; run 'okxgen --help'.", run.Error.TrimEnd());
    }

    private static string Secret => CaseFile.Value.GetProperty("secret").GetString()!;

    private static string Passphrase => CaseFile.Value.GetProperty("passphrase").GetString()!;

    private static JsonElement Case(string name) =>
        CaseFile.Value.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static string RawHttp(JsonElement c) =>
        $"{c.GetProperty("method").GetString()} {c.GetProperty("target").GetString()} HTTP/1.1\r\nHost: www.okx.com\r\n"
        + $"OK-ACCESS-TIMESTAMP: {c.GetProperty("timestamp").GetString()}\r\nOK-ACCESS-SIGN: {c.GetProperty("signature").GetString()}\r\n\r\n"
        + c.GetProperty("body").GetString();

    private static string AnsiC(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);

    private static string JsonSerializerHar(JsonElement c)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("log");
            writer.WriteStartArray("entries");
            writer.WriteStartObject();
            writer.WriteStartObject("request");
            writer.WriteString("method", c.GetProperty("method").GetString());
            writer.WriteString("url", "https://www.okx.com" + c.GetProperty("target").GetString());
            writer.WriteStartArray("headers");
            foreach ((string name, string value) in new[] { ("OK-ACCESS-TIMESTAMP", c.GetProperty("timestamp").GetString()!), ("OK-ACCESS-SIGN", c.GetProperty("signature").GetString()!) })
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WriteString("value", value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
