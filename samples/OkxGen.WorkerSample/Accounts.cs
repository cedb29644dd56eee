namespace OkxGen.WorkerSample;

/// <summary>The accounts this worker trades for: each is a section under <c>Okx</c> and a service key.</summary>
internal static class Accounts
{
    public const string Main = "Main";
    public const string Sub = "Sub";

    public static readonly string[] Names = [Main, Sub];
}
