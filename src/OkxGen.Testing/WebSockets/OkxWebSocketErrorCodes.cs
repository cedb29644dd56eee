namespace OkxGen.Testing.WebSockets;

/// <summary>
/// The OKX WebSocket codes the <see cref="OkxTestServer"/> answers with, as they appear in the <c>code</c> field, with OKX's
/// messages (<c>docs-v5/en/#error-code-websocket</c>). Success and the order operations' 1 and 2 are those of
/// <see cref="OkxErrorCodes"/>, as are the items' <c>sCode</c>s.
/// </summary>
public static class OkxWebSocketErrorCodes
{
    /// <summary>Login: the timestamp is not Unix seconds.</summary>
    public const string InvalidTimestamp = "60004";

    /// <summary>Login: the API key is unknown.</summary>
    public const string InvalidApiKey = "60005";

    /// <summary>Login: the timestamp is more than 30 seconds from the server's clock.</summary>
    public const string TimestampExpired = "60006";

    /// <summary>Login: the signature does not match.</summary>
    public const string InvalidSign = "60007";

    /// <summary>Login failure (the generic refusal; the default of <see cref="OkxWebSocketFault.RefuseLogin(string)"/>).</summary>
    public const string LoginFailure = "60009";

    /// <summary>A private channel or an order operation before login.</summary>
    public const string PleaseLogIn = "60011";

    /// <summary>A message that is not JSON or has no <c>op</c> or <c>args</c>.</summary>
    public const string InvalidRequest = "60012";

    /// <summary>Arguments of the wrong shape (an argument without <c>channel</c>, an order operation without <c>id</c>, a batch over 20).</summary>
    public const string InvalidArgs = "60013";

    /// <summary>
    /// "Requests too frequent": more than 480 <c>subscribe</c>, <c>unsubscribe</c> and <c>login</c> requests on one
    /// connection within an hour. OKX documents the limit but not its answer; this is OKX's code for requests too frequent,
    /// which it sends to subscriptions sent too fast. The request is not processed; the connection stays open.
    /// </summary>
    public const string RequestsTooFrequent = "60014";

    /// <summary>An unknown channel, or a channel on the wrong endpoint (a private channel on <c>/public</c>).</summary>
    public const string WrongUrlOrChannel = "60018";

    /// <summary>An unknown <c>op</c>.</summary>
    public const string InvalidOp = "60019";

    /// <summary>Login: the passphrase is wrong.</summary>
    public const string WrongPassphrase = "60024";

    /// <summary>Login: a login field is missing or empty.</summary>
    public const string ParameterEmpty = "60027";

    /// <summary>An order operation on <c>/public</c> or <c>/business</c>.</summary>
    public const string OperationNotSupportedByUrl = "60028";

    /// <summary>Login: a second login on the same connection, or several accounts in one login.</summary>
    public const string RepeatedLogin = "60031";

    /// <summary>Login: the key belongs to the other environment (a demo key on the live address or a live key on the demo address).</summary>
    public const string ApiKeyDoesNotExist = "60032";

    /// <summary>A <c>/business</c>-only channel (candles, <c>trades-all</c>, algo orders...) subscribed on <c>/public</c> or <c>/private</c>.</summary>
    public const string ChannelMovedToBusiness = "64001";

    /// <summary>A public or private channel subscribed on <c>/business</c>.</summary>
    public const string ChannelNotOnBusiness = "64002";

    /// <summary><c>books-l2-tbt</c> or <c>books50-l2-tbt</c> subscribed with a key below VIP4 (see <see cref="OkxTestKey.VipLevel"/>).</summary>
    public const string FeeTierTooLow = "64003";

    /// <summary><c>books-l2-tbt</c> and <c>books</c> or <c>books50-l2-tbt</c> for the same instrument on one connection.</summary>
    public const string BooksL2TbtCombined = "64004";

    /// <summary>The notice sent before the server closes a connection for a service upgrade.</summary>
    public const string ServiceUpgradeNotice = "64008";

    /// <summary>An order operation whose <c>expTime</c> had passed when it arrived; it is not processed (REST code 50036).</summary>
    public const string ExpTimeInPast = "50036";
}
