namespace OkxGen.Tool.Commands;

/// <summary>The secret comes from OKX_SECRET_KEY or a prompt without echo; never from the command line, where shells and process lists keep it.</summary>
internal static class SecretSource
{
    public const string SecretVariable = "OKX_SECRET_KEY";
    public const string PassphraseVariable = "OKX_PASSPHRASE";

    public static string? Secret(ToolContext context) =>
        context.Environment(SecretVariable) is { Length: > 0 } secret ? secret : context.PromptSecret("OKX secret key: ");

    public static string? Passphrase(ToolContext context) =>
        context.Environment(PassphraseVariable) is { Length: > 0 } passphrase ? passphrase : null;
}
