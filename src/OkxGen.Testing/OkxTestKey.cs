using System;

namespace OkxGen.Testing;

/// <summary>
/// An API key the <see cref="OkxTestServer"/> accepts: the key, its secret, its passphrase and its environment.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the secret or the passphrase.</remarks>
public sealed class OkxTestKey
{
    private readonly int _vipLevel;

    /// <summary>Creates a key.</summary>
    /// <param name="apiKey">The value clients send in <c>OK-ACCESS-KEY</c>.</param>
    /// <param name="secretKey">The HMAC-SHA256 secret the signature is computed with.</param>
    /// <param name="passphrase">The value clients send in <c>OK-ACCESS-PASSPHRASE</c>.</param>
    /// <param name="isDemo">
    /// <see langword="true"/> for a demo-trading key (requests must carry <c>x-simulated-trading: 1</c>),
    /// <see langword="false"/> for a live key (requests must not).
    /// </param>
    public OkxTestKey(string apiKey, string secretKey, string passphrase, bool isDemo = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        ArgumentNullException.ThrowIfNull(passphrase);
        ApiKey = apiKey;
        SecretKey = secretKey;
        Passphrase = passphrase;
        IsDemo = isDemo;
    }

    /// <summary>The value clients send in <c>OK-ACCESS-KEY</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The HMAC-SHA256 secret.</summary>
    public string SecretKey { get; }

    /// <summary>The value clients send in <c>OK-ACCESS-PASSPHRASE</c>.</summary>
    public string Passphrase { get; }

    /// <summary>Whether the key belongs to demo trading (requests must carry <c>x-simulated-trading: 1</c>).</summary>
    public bool IsDemo { get; }

    /// <summary>
    /// The account's trading fee tier: 0 (the default) for a regular user (OKX's Lv1 to Lv5), 1 to 8 for VIP 1 to VIP 8.
    /// OKX serves the tick-by-tick books <c>books-l2-tbt</c> and <c>books50-l2-tbt</c> only from VIP 4; below it the
    /// server answers <see cref="WebSockets.OkxWebSocketErrorCodes.FeeTierTooLow"/> (64003), as OKX does.
    /// </summary>
    /// <example>
    /// <code>
    /// server.AddKey(new OkxTestKey("key", "secret", "passphrase") { VipLevel = 4 });
    /// </code>
    /// </example>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int VipLevel
    {
        get => _vipLevel;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _vipLevel = value;
        }
    }

    /// <summary>The key name and environment, without secrets.</summary>
    /// <returns>For example <c>my-key (demo)</c>.</returns>
    public override string ToString() => ApiKey + (IsDemo ? " (demo)" : " (live)");
}
