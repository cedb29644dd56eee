namespace OkxGen.Sample;

/// <summary>One line on the likely cause of the OKX errors users meet most.</summary>
internal static class ErrorExplanations
{
    public static string For(string code) => code switch
    {
        "50101" => "the key belongs to the other environment: demo keys need demo trading (x-simulated-trading: 1), live keys must not send it.",
        "50102" => "the timestamp is more than 30 s from OKX's clock: the local clock is off (OkxClient.SyncTimeAsync corrects it).",
        "50103" or "50104" or "50106" or "50107" => "an authentication header is missing: the endpoint is signed but no credentials were given.",
        "50105" => "the passphrase is not the one chosen when the API key was created.",
        "50111" => "OKX does not know this API key (a typo, a deleted key, or a demo key on the live site).",
        "50112" => "the timestamp is not ISO 8601 UTC with milliseconds; OkxSigner.FormatTimestamp writes the right form.",
        "50113" => "Invalid Sign: the secret is wrong (a passphrase or API key given as the secret?), or the signed text differs from the sent text.",
        "50011" or "50061" => "rate limit reached: slow down and retry later.",
        _ => "see OKX's error code list.",
    };
}
