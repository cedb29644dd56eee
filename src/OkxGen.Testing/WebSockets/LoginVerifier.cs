using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Checks a WebSocket login as OKX does, in this order: one account not yet logged in (60031), the four fields present
/// (60027), key known (60005), key of this connection's environment (60032), timestamp in Unix seconds (60004) within the
/// window (60006), passphrase (60024), then <c>sign = Base64(HMAC-SHA256(secret, timestamp + "GET" + "/users/self/verify"))</c> (60007).
/// </summary>
internal sealed class LoginVerifier
{
    private const string VerifyPrehashTail = "GET/users/self/verify";

    private readonly ConcurrentDictionary<string, OkxTestKey> _keys;
    private readonly TimeSpan _window;

    public LoginVerifier(ConcurrentDictionary<string, OkxTestKey> keys, TimeSpan window)
    {
        _keys = keys;
        _window = window;
    }

    /// <summary>The code to answer (<c>"0"</c> on success), its message, and on success the key.</summary>
    public (string Code, string Message, OkxTestKey? Key) Verify(JsonElement args, WebSocketConnection connection, DateTimeOffset now)
    {
        if (args.ValueKind != JsonValueKind.Array || args.GetArrayLength() != 1 || args[0].ValueKind != JsonValueKind.Object)
        {
            return args.ValueKind == JsonValueKind.Array && args.GetArrayLength() > 1
                ? Refuse(OkxWebSocketErrorCodes.RepeatedLogin)
                : Refuse(OkxWebSocketErrorCodes.InvalidArgs);
        }

        if (connection.Key is not null)
        {
            return Refuse(OkxWebSocketErrorCodes.RepeatedLogin);
        }

        JsonElement account = args[0];
        string? apiKey = Field(account, "apiKey");
        string? passphrase = Field(account, "passphrase");
        string? timestamp = Field(account, "timestamp");
        string? sign = Field(account, "sign");
        string? missing = apiKey is null ? "apiKey" : passphrase is null ? "passphrase" : timestamp is null ? "timestamp" : sign is null ? "sign" : null;
        if (missing is not null)
        {
            return (OkxWebSocketErrorCodes.ParameterEmpty, WebSocketErrorMessages.ParameterEmpty(missing), null);
        }

        if (!_keys.TryGetValue(apiKey!, out OkxTestKey? key))
        {
            return Refuse(OkxWebSocketErrorCodes.InvalidApiKey);
        }

        if (key.IsDemo != connection.IsDemo)
        {
            return Refuse(OkxWebSocketErrorCodes.ApiKeyDoesNotExist);
        }

        if (!TryParseSeconds(timestamp!, out decimal seconds))
        {
            return Refuse(OkxWebSocketErrorCodes.InvalidTimestamp);
        }

        decimal nowSeconds = (now - DateTimeOffset.UnixEpoch).Ticks / (decimal)TimeSpan.TicksPerSecond;
        if (Math.Abs(nowSeconds - seconds) > (decimal)_window.TotalSeconds)
        {
            return Refuse(OkxWebSocketErrorCodes.TimestampExpired);
        }

        if (!FixedTimeEquals(passphrase!, key.Passphrase))
        {
            return Refuse(OkxWebSocketErrorCodes.WrongPassphrase);
        }

        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.SecretKey), Encoding.UTF8.GetBytes(timestamp + VerifyPrehashTail));
        if (!FixedTimeEquals(sign!, Convert.ToBase64String(mac)))
        {
            return Refuse(OkxWebSocketErrorCodes.InvalidSign);
        }

        return (OkxErrorCodes.Success, string.Empty, key);
    }

    /// <summary>Unix seconds: digits with an optional fraction (OKX's own example divides <c>Date.now()</c> by 1000). Milliseconds parse too and then fail the window with 60006, as users report from OKX.</summary>
    private static bool TryParseSeconds(string text, out decimal seconds)
    {
        seconds = 0;
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        string whole = dot < 0 ? text : text[..dot];
        string fraction = dot < 0 ? "0" : text[(dot + 1)..];
        if (whole.Length is 0 or > 18 || fraction.Length is 0 or > 9 || !AllDigits(whole) || !AllDigits(fraction))
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds);
    }

    private static bool AllDigits(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Code, string Message, OkxTestKey? Key) Refuse(string code) => (code, WebSocketErrorMessages.For(code), null);

    private static string? Field(JsonElement account, string name) =>
        account.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static bool FixedTimeEquals(string received, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));
}
