using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace OkxGen;

/// <summary>
/// An OKX V5 API key: the key and passphrase sent in headers, and the secret that signs requests and is never
/// exposed nor printed.
/// </summary>
/// <remarks>
/// A class rather than a record: a record's generated <c>ToString</c>, equality and deconstruction would leak the
/// secret into logs and debuggers.
/// </remarks>
/// <example>
/// <code>
/// var credentials = new OkxCredentials(apiKey, secretKey, passphrase);
/// string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
/// string sign = credentials.Sign(timestamp, "GET", "/api/v5/account/balance?ccy=BTC", "");
/// </code>
/// </example>
public sealed class OkxCredentials : IDisposable
{
    private const int HashLength = 32;

    private readonly byte[] _secretKey;

    // One keyed HMAC per thread: OpenSSL's key set-up is most of a one-shot HMAC's cost, and IncrementalHash is not
    // thread-safe. Reads of Value take no lock; each thread's context is reset by GetHashAndReset after every use.
    private readonly ThreadLocal<IncrementalHash> _hmac;
    private int _disposed;

    /// <summary>Creates the credentials of an API key.</summary>
    /// <param name="apiKey">The API key, sent in <c>OK-ACCESS-KEY</c>.</param>
    /// <param name="secretKey">The secret that signs requests; kept only as UTF-8 bytes.</param>
    /// <param name="passphrase">The passphrase chosen when the key was created, sent in <c>OK-ACCESS-PASSPHRASE</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty. The message names the parameter, never the value.</exception>
    public OkxCredentials(string apiKey, string secretKey, string passphrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        ArgumentException.ThrowIfNullOrEmpty(passphrase);

        ApiKey = apiKey;
        Passphrase = passphrase;
        _secretKey = Encoding.UTF8.GetBytes(secretKey);
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secretKey), trackAllValues: true);
    }

    /// <summary>Gets the API key, sent in the <c>OK-ACCESS-KEY</c> header.</summary>
    public string ApiKey { get; }

    /// <summary>Gets the passphrase, sent in plain text in the <c>OK-ACCESS-PASSPHRASE</c> header.</summary>
    public string Passphrase { get; }

    /// <summary>Signs a request with this key's secret; see <see cref="OkxSigner.Sign(string, string, string, string, string)"/>.</summary>
    /// <param name="timestamp">The exact string sent in <c>OK-ACCESS-TIMESTAMP</c>.</param>
    /// <param name="method">The HTTP method in upper case: <c>GET</c> or <c>POST</c>.</param>
    /// <param name="requestPath">The path plus, for a <c>GET</c>, the query string exactly as sent.</param>
    /// <param name="body">The body exactly as sent; <c>""</c> for a <c>GET</c>.</param>
    /// <returns>The 44-character Base64 value of <c>OK-ACCESS-SIGN</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not made of upper-case ASCII letters only.</exception>
    public string Sign(string timestamp, string method, string requestPath, string body) =>
        OkxSigner.Sign(_secretKey, timestamp, method, requestPath, body);

    /// <summary>
    /// Writes the Base64 UTF-8 signature of <paramref name="prehash"/> with this key's secret, without allocating,
    /// reusing a keyed HMAC context per thread (about half the cost of <see cref="OkxSigner.TrySign"/>'s one-shot HMAC).
    /// Safe to call from any number of threads at once, without a lock.
    /// </summary>
    /// <param name="prehash">The UTF-8 prehash, see <see cref="OkxSigner.TryWritePrehash"/>.</param>
    /// <param name="destination">At least <see cref="OkxSigner.SignatureLength"/> bytes.</param>
    /// <param name="bytesWritten"><see cref="OkxSigner.SignatureLength"/>, or 0 when <paramref name="destination"/> is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small; nothing is thrown then.</returns>
    public bool TrySign(ReadOnlySpan<byte> prehash, Span<byte> destination, out int bytesWritten)
    {
        if (destination.Length < OkxSigner.SignatureLength)
        {
            bytesWritten = 0;
            return false;
        }

        IncrementalHash hmac = _hmac.Value!;
        Span<byte> hash = stackalloc byte[HashLength];
        hmac.AppendData(prehash);
        hmac.GetHashAndReset(hash);
        Base64.EncodeToUtf8(hash, destination, out _, out bytesWritten);
        return true;
    }

    /// <summary>
    /// Signs an OKX WebSocket login: <c>Base64(HMAC-SHA256(secret, timestamp + "GET" + "/users/self/verify"))</c>,
    /// with the same keyed HMAC as REST requests.
    /// </summary>
    /// <param name="timestamp">The login's <c>timestamp</c>: Unix time in <em>seconds</em>, for example <c>1704876947</c>.</param>
    /// <returns>The 44-character Base64 value of the login's <c>sign</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="timestamp"/> is not made of ASCII digits only.</exception>
    public string SignWebSocketLogin(string timestamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        if (timestamp.Length > 20 || timestamp.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            throw new ArgumentException("A WebSocket login timestamp is Unix time in seconds: ASCII digits only.", nameof(timestamp));
        }

        ReadOnlySpan<byte> verify = "GET/users/self/verify"u8;
        Span<byte> prehash = stackalloc byte[20 + 21];
        int length = Encoding.ASCII.GetBytes(timestamp, prehash);
        verify.CopyTo(prehash[length..]);
        Span<byte> signature = stackalloc byte[OkxSigner.SignatureLength];
        TrySign(prehash[..(length + verify.Length)], signature, out int written);
        return Encoding.ASCII.GetString(signature[..written]);
    }

    /// <summary>Releases the HMAC contexts kept per thread; the credentials cannot sign afterwards.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (IncrementalHash hmac in _hmac.Values)
        {
            hmac.Dispose();
        }

        _hmac.Dispose();
    }

    /// <summary>Describes the credentials by a prefix of the API key only, so that they can be logged safely.</summary>
    /// <returns>For example <c>OkxCredentials { ApiKey = 3f8a… }</c>.</returns>
    public override string ToString()
    {
        // A short key is masked whole: four characters of an eight-character key would be half of it.
        const int PrefixLength = 4;
        return ApiKey.Length >= 2 * PrefixLength
            ? $"OkxCredentials {{ ApiKey = {ApiKey.AsSpan(0, PrefixLength)}\u2026 }}"
            : "OkxCredentials { ApiKey = *** }";
    }
}
