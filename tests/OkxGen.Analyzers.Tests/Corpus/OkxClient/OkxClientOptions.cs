namespace Acme.Okx;

/// <summary>The options of the client, as real OKX libraries keep them.</summary>
public sealed class OkxClientOptions
{
    public string BaseAddress { get; set; } = "https://www.okx.com";

    public string ApiKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    public string Passphrase { get; set; } = "";
}
