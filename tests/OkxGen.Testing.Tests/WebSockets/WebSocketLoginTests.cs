using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

public sealed class WebSocketLoginTests
{
    [Fact]
    public void LoginSign_MatchesPythonHmac()
    {
        // python3: base64.b64encode(hmac.new(secret, b'1538054050GET/users/self/verify', hashlib.sha256).digest())
        Assert.Equal("+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=", RawWebSocket.LoginSign(TestSigner.Secret, "1538054050"));
    }

    [Fact]
    public async Task Login_WithSecondsAndTheVerifySignature_Succeeds()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        JsonElement answer = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        Assert.Equal(("login", "0", ""), (answer.Text("event"), answer.Text("code"), answer.Text("msg")));
        Assert.Matches("^[0-9a-f]{8}$", answer.Text("connId"));
        RecordedWebSocketMessageAssert.Single(scope.Server, "login", "0");
    }

    [Fact]
    public async Task Login_WithFractionalSeconds_Succeeds()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = RawWebSocket.UnixSeconds(scope.Server.Now) + ".123";

        JsonElement answer = await SendLoginAsync(socket, scope.Signer.Key, scope.Signer.KeyPassphrase, timestamp, RawWebSocket.LoginSign(TestSigner.Secret, timestamp));

        Assert.Equal("0", answer.Text("code"));
    }

    [Fact]
    public async Task Login_WithIsoTimestamp_Answers60004()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = TestSigner.FormatTimestamp(scope.Server.Now);

        JsonElement answer = await SendLoginAsync(socket, scope.Signer.Key, scope.Signer.KeyPassphrase, timestamp, RawWebSocket.LoginSign(TestSigner.Secret, timestamp));

        AssertRefused(answer, "60004", "Invalid timestamp");
    }

    [Fact]
    public async Task Login_WithUnknownKey_Answers60005()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = RawWebSocket.UnixSeconds(scope.Server.Now);

        JsonElement answer = await SendLoginAsync(socket, "other-key", scope.Signer.KeyPassphrase, timestamp, RawWebSocket.LoginSign(TestSigner.Secret, timestamp));

        AssertRefused(answer, "60005", "Invalid apiKey");
    }

    [Theory]
    [InlineData(31)]
    [InlineData(-31)]
    public async Task Login_OutsideThe30SecondWindow_Answers60006(int secondsOff)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = RawWebSocket.UnixSeconds(scope.Server.Now.AddSeconds(secondsOff));

        JsonElement answer = await SendLoginAsync(socket, scope.Signer.Key, scope.Signer.KeyPassphrase, timestamp, RawWebSocket.LoginSign(TestSigner.Secret, timestamp));

        AssertRefused(answer, "60006", "Timestamp request expired");
    }

    [Fact]
    public async Task Login_WithMillisecondTimestamp_Answers60006()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = scope.Server.Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        JsonElement answer = await SendLoginAsync(socket, scope.Signer.Key, scope.Signer.KeyPassphrase, timestamp, RawWebSocket.LoginSign(TestSigner.Secret, timestamp));

        AssertRefused(answer, "60006", "Timestamp request expired");
    }

    [Fact]
    public async Task Login_InsideTheWindow_Succeeds()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        JsonElement answer = await socket.LogInAsync(scope.Signer, scope.Server.Now.AddSeconds(-29));

        Assert.Equal("0", answer.Text("code"));
    }

    [Theory]
    [InlineData("wrong-secret", "/users/self/verify")]
    [InlineData(TestSigner.Secret, "/users/self/verify/")]
    public async Task Login_WithWrongSignature_Answers60007(string secret, string path)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = RawWebSocket.UnixSeconds(scope.Server.Now);
        string sign = TestSigner.Sign(secret, timestamp, "GET", path, Array.Empty<byte>());

        JsonElement answer = await SendLoginAsync(socket, scope.Signer.Key, scope.Signer.KeyPassphrase, timestamp, sign);

        AssertRefused(answer, "60007", "Invalid sign");
    }

    [Fact]
    public async Task Login_WithWrongPassphrase_Answers60024()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");
        string timestamp = RawWebSocket.UnixSeconds(scope.Server.Now);

        JsonElement answer = await SendLoginAsync(socket, scope.Signer.Key, "wrong", timestamp, RawWebSocket.LoginSign(TestSigner.Secret, timestamp));

        AssertRefused(answer, "60024", "Wrong passphrase");
    }

    [Fact]
    public async Task Login_WithoutSign_Answers60027()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        await socket.SendAsync($$"""{"op":"login","args":[{"apiKey":"{{TestSigner.ApiKey}}","passphrase":"{{TestSigner.Passphrase}}","timestamp":"1"}]}""");

        AssertRefused(await socket.ReceiveJsonAsync(), "60027", "Parameter sign can not be empty.");
    }

    [Fact]
    public async Task SecondLogin_OnTheSameConnection_Answers60031()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();

        JsonElement answer = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        AssertRefused(answer, "60031", "The WebSocket endpoint does not allow multiple or repeated logins.");
    }

    [Fact]
    public async Task DemoKey_OnTheLiveAddress_Answers60032()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await RawWebSocket.ConnectAsync(scope.Server.WebSocketBaseAddress, "private");

        JsonElement answer = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        AssertRefused(answer, "60032", "API key doesn't exist.");
        Assert.False(Assert.Single(scope.Server.WebSocketMessages).IsDemo);
    }

    [Fact]
    public async Task LiveKey_OnTheLiveAddress_Succeeds_AndOnTheDemoAddress_Answers60032()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        var live = new TestSigner(apiKey: "live-key", demo: false);
        scope.Server.AddKey(live.Key, live.SecretKey, live.KeyPassphrase, demo: false);
        await using RawWebSocket onLive = await RawWebSocket.ConnectAsync(scope.Server.WebSocketBaseAddress, "private");
        await using RawWebSocket onDemo = await scope.ConnectAsync("private");

        JsonElement liveAnswer = await onLive.LogInAsync(live, scope.Server.Now);
        JsonElement demoAnswer = await onDemo.LogInAsync(live, scope.Server.Now);

        Assert.Equal("0", liveAnswer.Text("code"));
        Assert.Equal("60032", demoAnswer.Text("code"));
    }

    [Fact]
    public async Task RefusedLogin_LeavesTheConnectionOpen_ForAnotherLogin()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        JsonElement refused = await SendLoginAsync(socket, scope.Signer.Key, "wrong", "1", "x");
        JsonElement accepted = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        Assert.Equal("error", refused.Text("event"));
        Assert.Equal("0", accepted.Text("code"));
    }

    [Fact]
    public async Task Login_OnPublic_IsAllowed()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        JsonElement answer = await socket.LogInAsync(scope.Signer, scope.Server.Now);

        Assert.Equal("0", answer.Text("code"));
    }

    private static async Task<JsonElement> SendLoginAsync(RawWebSocket socket, string apiKey, string passphrase, string timestamp, string sign)
    {
        await socket.SendAsync(RawWebSocket.LoginMessage(apiKey, passphrase, timestamp, sign));
        return await socket.ReceiveJsonAsync();
    }

    private static void AssertRefused(JsonElement answer, string code, string message)
    {
        Assert.Equal(("error", code, message), (answer.Text("event"), answer.Text("code"), answer.Text("msg")));
        Assert.NotNull(answer.Text("connId"));
    }
}
