namespace OkxGen;

/// <summary>
/// Gets the <see cref="OkxClient"/> of an account registered by name with
/// <c>services.AddOkxClient(name, ...)</c>; the same client is also a keyed service under that name.
/// </summary>
public interface IOkxClientFactory
{
    /// <summary>Gets a client for the account registered under <paramref name="name"/>, with its own options and HTTP client.</summary>
    /// <param name="name">The name given to <c>AddOkxClient</c>.</param>
    /// <returns>A client for that account.</returns>
    /// <exception cref="System.InvalidOperationException">No client is registered under <paramref name="name"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Get is the name the issue and IOptionsMonitor use; VB callers can still call it.")]
    OkxClient Get(string name);
}
