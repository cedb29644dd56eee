namespace OkxGen.Testing.Verification;

/// <summary>The request headers OKX authentication reads.</summary>
internal static class OkxHeaderNames
{
    public const string ApiKey = "OK-ACCESS-KEY";
    public const string Passphrase = "OK-ACCESS-PASSPHRASE";
    public const string Sign = "OK-ACCESS-SIGN";
    public const string Timestamp = "OK-ACCESS-TIMESTAMP";
    public const string SimulatedTrading = "x-simulated-trading";
}
