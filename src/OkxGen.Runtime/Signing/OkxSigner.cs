using System;
using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OkxGen;

/// <summary>
/// Computes the <c>OK-ACCESS-SIGN</c> and <c>OK-ACCESS-TIMESTAMP</c> header values of an OKX V5 REST request:
/// <c>Base64(HMAC-SHA256(secretKey, timestamp + METHOD + requestPath + body))</c>, all in UTF-8.
/// </summary>
/// <remarks>
/// OKX hashes the bytes it receives, so a signature is only valid when it is computed over exactly the
/// timestamp, path (with its query string) and body that are sent. The span overloads let a caller sign the very
/// buffer it sends without allocating; the string overloads are for everything else.
/// </remarks>
public static class OkxSigner
{
    /// <summary>
    /// The length of a signature: 44 ASCII characters, the Base64 of a 32-byte HMAC-SHA256.
    /// Use it to size the destination of <see cref="TrySign"/>.
    /// </summary>
    public const int SignatureLength = 44;

    /// <summary>
    /// The length of a timestamp such as <c>2020-12-08T09:08:57.715Z</c>: 24 ASCII characters.
    /// Use it to size the destination of <see cref="TryFormatTimestamp"/>.
    /// </summary>
    public const int TimestampLength = 24;

    private const int HashLength = 32;
    private const int PrehashStackLimit = 1024;
    private const int KeyStackLimit = 256;

    /// <summary>Signs a request described by strings.</summary>
    /// <param name="secretKey">The API key's secret, as OKX issued it (not the passphrase).</param>
    /// <param name="timestamp">The exact string sent in <c>OK-ACCESS-TIMESTAMP</c>, see <see cref="FormatTimestamp"/>.</param>
    /// <param name="method">The HTTP method in upper case: <c>GET</c> or <c>POST</c>.</param>
    /// <param name="requestPath">The path plus, for a <c>GET</c>, the query string exactly as sent: <c>/api/v5/account/balance?ccy=BTC</c>.</param>
    /// <param name="body">The body exactly as sent; <c>""</c> for a <c>GET</c>.</param>
    /// <returns>The 44-character Base64 value of <c>OK-ACCESS-SIGN</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not made of upper-case ASCII letters only.</exception>
    /// <example>
    /// <code>
    /// string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
    /// string sign = OkxSigner.Sign(secretKey, timestamp, "GET", "/api/v5/account/balance?ccy=BTC", "");
    /// </code>
    /// </example>
    public static string Sign(string secretKey, string timestamp, string method, string requestPath, string body)
    {
        ArgumentNullException.ThrowIfNull(secretKey);
        ValidateRequest(timestamp, method, requestPath, body);

        int keyLength = Encoding.UTF8.GetByteCount(secretKey);
        byte[]? rentedKey = null;
        Span<byte> keyBuffer = keyLength <= KeyStackLimit
            ? stackalloc byte[KeyStackLimit]
            : (rentedKey = ArrayPool<byte>.Shared.Rent(keyLength));
        Span<byte> key = keyBuffer[..Encoding.UTF8.GetBytes(secretKey, keyBuffer)];
        try
        {
            return SignValidated(key, timestamp, method, requestPath, body);
        }
        finally
        {
            // The key must not outlive this call in a pooled array or on a reused stack.
            CryptographicOperations.ZeroMemory(key);
            if (rentedKey is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedKey);
            }
        }
    }

    /// <summary>
    /// Writes the Base64 UTF-8 signature of <paramref name="prehash"/> into <paramref name="destination"/>,
    /// without allocating.
    /// </summary>
    /// <param name="secretKey">The UTF-8 bytes of the API key's secret.</param>
    /// <param name="prehash">The UTF-8 prehash, see <see cref="TryWritePrehash"/>.</param>
    /// <param name="destination">At least <see cref="SignatureLength"/> bytes.</param>
    /// <param name="bytesWritten"><see cref="SignatureLength"/>, or 0 when <paramref name="destination"/> is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small; nothing is thrown then.</returns>
    public static bool TrySign(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> prehash, Span<byte> destination, out int bytesWritten)
    {
        if (destination.Length < SignatureLength)
        {
            bytesWritten = 0;
            return false;
        }

        Span<byte> hash = stackalloc byte[HashLength];
        HMACSHA256.HashData(secretKey, prehash, hash);
        Base64.EncodeToUtf8(hash, destination, out _, out bytesWritten);
        return true;
    }

    /// <summary>
    /// Writes the prehash <c>timestamp + method + requestPath + body</c> into <paramref name="destination"/>,
    /// without allocating.
    /// </summary>
    /// <remarks>
    /// The parts are copied as given: <paramref name="method"/> must already be upper case (<c>POST</c>, not
    /// <c>post</c>), or OKX answers 50113 Invalid Sign.
    /// </remarks>
    /// <param name="timestamp">The UTF-8 timestamp, see <see cref="TryFormatTimestamp"/>.</param>
    /// <param name="method">The upper-case HTTP method: <c>"GET"u8</c> or <c>"POST"u8</c>.</param>
    /// <param name="requestPath">The path plus, for a <c>GET</c>, the query string exactly as sent.</param>
    /// <param name="body">The body exactly as sent; empty for a <c>GET</c>.</param>
    /// <param name="destination">The buffer to write into.</param>
    /// <param name="bytesWritten">The length of the prehash, or 0 when <paramref name="destination"/> is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small; nothing is thrown then.</returns>
    public static bool TryWritePrehash(
        ReadOnlySpan<byte> timestamp,
        ReadOnlySpan<byte> method,
        ReadOnlySpan<byte> requestPath,
        ReadOnlySpan<byte> body,
        Span<byte> destination,
        out int bytesWritten)
    {
        // long: four spans of up to int.MaxValue bytes each can overflow an int.
        long length = (long)timestamp.Length + method.Length + requestPath.Length + body.Length;
        if (destination.Length < length)
        {
            bytesWritten = 0;
            return false;
        }

        timestamp.CopyTo(destination);
        int offset = timestamp.Length;
        method.CopyTo(destination[offset..]);
        offset += method.Length;
        requestPath.CopyTo(destination[offset..]);
        offset += requestPath.Length;
        body.CopyTo(destination[offset..]);
        bytesWritten = offset + body.Length;
        return true;
    }

    /// <summary>
    /// Formats an instant as OKX expects it in <c>OK-ACCESS-TIMESTAMP</c>: UTC, ISO 8601, exactly three fractional
    /// digits, for example <c>2020-12-08T09:08:57.715Z</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The digits are written by hand, so the result never depends on the current culture
    /// nor on a format string. Two popular C# OKX clients get this wrong: one format, <c>yyyy-MM-ddTHH:mm:ss.sssZ</c>,
    /// writes the seconds twice (<c>12:00:43.43Z</c>); and formatting with the current culture writes the year 2567
    /// under <c>th-TH</c>, 1403 under <c>fa-IR</c>, or <c>12.00.43</c> under a Danish culture. OKX rejects all of
    /// them (50112). This method exists to avoid exactly that.
    /// </para>
    /// <para>
    /// Any offset is converted to UTC first. Milliseconds are truncated, like the <c>fff</c> specifier, never rounded,
    /// so that <c>09:08:59.9999999</c> stays in its second.
    /// </para>
    /// </remarks>
    /// <param name="time">The instant, usually <see cref="TimeProvider.GetUtcNow"/> corrected by the server clock offset.</param>
    /// <returns>A 24-character timestamp.</returns>
    /// <example>
    /// <code>
    /// var time = new DateTimeOffset(2020, 12, 8, 14, 38, 57, 715, TimeSpan.FromHours(5.5));
    /// string timestamp = OkxSigner.FormatTimestamp(time); // "2020-12-08T09:08:57.715Z"
    /// </code>
    /// </example>
    public static string FormatTimestamp(DateTimeOffset time)
    {
        Span<byte> utf8 = stackalloc byte[TimestampLength];
        TryFormatTimestamp(time, utf8, out _);
        return Encoding.ASCII.GetString(utf8);
    }

    /// <summary>
    /// Writes the UTF-8 bytes of <see cref="FormatTimestamp"/> (<c>2020-12-08T09:08:57.715Z</c>) into
    /// <paramref name="utf8Destination"/>, without allocating.
    /// </summary>
    /// <param name="time">The instant; any offset is converted to UTC.</param>
    /// <param name="utf8Destination">At least <see cref="TimestampLength"/> bytes.</param>
    /// <param name="bytesWritten"><see cref="TimestampLength"/>, or 0 when <paramref name="utf8Destination"/> is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too small; nothing is thrown then.</returns>
    public static bool TryFormatTimestamp(DateTimeOffset time, Span<byte> utf8Destination, out int bytesWritten)
    {
        if (utf8Destination.Length < TimestampLength)
        {
            bytesWritten = 0;
            return false;
        }

        // DateTime's components are always Gregorian, whatever the culture's calendar.
        DateTime utc = time.UtcDateTime;
        Span<byte> d = utf8Destination[..TimestampLength];
        WriteDigits(d[..4], utc.Year);
        d[4] = (byte)'-';
        WriteDigits(d.Slice(5, 2), utc.Month);
        d[7] = (byte)'-';
        WriteDigits(d.Slice(8, 2), utc.Day);
        d[10] = (byte)'T';
        WriteDigits(d.Slice(11, 2), utc.Hour);
        d[13] = (byte)':';
        WriteDigits(d.Slice(14, 2), utc.Minute);
        d[16] = (byte)':';
        WriteDigits(d.Slice(17, 2), utc.Second);
        d[19] = (byte)'.';
        WriteDigits(d.Slice(20, 3), utc.Millisecond);
        d[23] = (byte)'Z';
        bytesWritten = TimestampLength;
        return true;
    }

    /// <summary>Signs with a key already in UTF-8; shared with <see cref="OkxCredentials"/>.</summary>
    internal static string Sign(ReadOnlySpan<byte> secretKey, string timestamp, string method, string requestPath, string body)
    {
        ValidateRequest(timestamp, method, requestPath, body);
        return SignValidated(secretKey, timestamp, method, requestPath, body);
    }

    private static string SignValidated(ReadOnlySpan<byte> secretKey, string timestamp, string method, string requestPath, string body)
    {
        // Encoding.UTF8 replaces lone surrogates exactly as StringContent does when it sends the same string.
        Encoding utf8 = Encoding.UTF8;
        int length = checked(
            utf8.GetByteCount(timestamp) + utf8.GetByteCount(method) + utf8.GetByteCount(requestPath) + utf8.GetByteCount(body));

        byte[]? rented = null;
        Span<byte> prehash = length <= PrehashStackLimit
            ? stackalloc byte[PrehashStackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            int written = utf8.GetBytes(timestamp, prehash);
            written += utf8.GetBytes(method, prehash[written..]);
            written += utf8.GetBytes(requestPath, prehash[written..]);
            written += utf8.GetBytes(body, prehash[written..]);

            Span<byte> signature = stackalloc byte[SignatureLength];
            TrySign(secretKey, prehash[..written], signature, out _);
            return Encoding.ASCII.GetString(signature);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static void ValidateRequest(string timestamp, string method, string requestPath, string body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(requestPath);
        ArgumentNullException.ThrowIfNull(body);

        if (method.Length == 0 || method.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
        {
            throw new ArgumentException(
                $"The HTTP method must be upper-case ASCII letters such as \"GET\" or \"POST\", not \"{method}\": "
                + "OKX signs the method in upper case, so any other spelling is answered with 50113 Invalid Sign.",
                nameof(method));
        }
    }

    /// <summary>Writes <paramref name="value"/> as exactly <c>destination.Length</c> ASCII digits, zero-padded.</summary>
    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
