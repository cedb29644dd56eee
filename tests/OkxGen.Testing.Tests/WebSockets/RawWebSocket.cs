using System;
using System.Globalization;
using System.IO;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

/// <summary>
/// A raw <see cref="ClientWebSocket"/> that sends text and reads frames, and logs in with its own HMAC (independent of the
/// server's code and of OkxCredentials). Reads give up after 10 s so that a missing frame fails the test instead of hanging it.
/// </summary>
public sealed class RawWebSocket : IAsyncDisposable
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    private RawWebSocket()
    {
    }

    public WebSocketState State => _socket.State;

    public static async Task<RawWebSocket> ConnectAsync(Uri baseAddress, string endpoint)
    {
        var client = new RawWebSocket();
        await client._socket.ConnectAsync(new Uri(baseAddress, "ws/v5/" + endpoint), CancellationToken.None);
        return client;
    }

    /// <summary>Base64(HMAC-SHA256(secret, timestamp + "GET" + "/users/self/verify")), as OKX's login page describes it.</summary>
    public static string LoginSign(string secret, string timestamp) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "GET/users/self/verify")));

    public static string UnixSeconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string LoginMessage(string apiKey, string passphrase, string timestamp, string sign) =>
        $$"""{"op":"login","args":[{"apiKey":"{{apiKey}}","passphrase":"{{passphrase}}","timestamp":"{{timestamp}}","sign":"{{sign}}"}]}""";

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Logs in with the signer's key at <paramref name="now"/> and returns the answer.</summary>
    public async Task<JsonElement> LogInAsync(TestSigner signer, DateTimeOffset now)
    {
        string timestamp = UnixSeconds(now);
        await SendAsync(LoginMessage(signer.Key, signer.KeyPassphrase, timestamp, LoginSign(signer.SecretKey, timestamp)));
        return await ReceiveJsonAsync();
    }

    /// <summary>The next text frame; throws when the socket closes or nothing comes within the limit.</summary>
    public async Task<string> ReceiveAsync()
    {
        using var limit = new CancellationTokenSource(ReadLimit);
        using var message = new MemoryStream();
        byte[] buffer = new byte[8192];
        while (true)
        {
            WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("closed: " + result.CloseStatus);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public async Task<JsonElement> ReceiveJsonAsync()
    {
        using JsonDocument document = JsonDocument.Parse(await ReceiveAsync());
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var limit = new CancellationTokenSource(ReadLimit);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty, limit.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
