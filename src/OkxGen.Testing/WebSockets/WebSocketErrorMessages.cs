namespace OkxGen.Testing.WebSockets;

/// <summary>OKX's message for each WebSocket code the server sends (OKX's error-code page; placeholders filled by the callers).</summary>
internal static class WebSocketErrorMessages
{
    public static string For(string code) => code switch
    {
        OkxWebSocketErrorCodes.InvalidTimestamp => "Invalid timestamp",
        OkxWebSocketErrorCodes.InvalidApiKey => "Invalid apiKey",
        OkxWebSocketErrorCodes.TimestampExpired => "Timestamp request expired",
        OkxWebSocketErrorCodes.InvalidSign => "Invalid sign",
        OkxWebSocketErrorCodes.LoginFailure => "Login failed.",
        OkxWebSocketErrorCodes.PleaseLogIn => "Please log in",
        OkxWebSocketErrorCodes.InvalidArgs => "Invalid args",
        OkxWebSocketErrorCodes.RequestsTooFrequent => "Requests too frequent",
        OkxWebSocketErrorCodes.WrongPassphrase => "Wrong passphrase",
        OkxWebSocketErrorCodes.OperationNotSupportedByUrl => "The current operation is not supported by this URL. Please use the correct WebSocket URL for the operation.",
        OkxWebSocketErrorCodes.RepeatedLogin => "The WebSocket endpoint does not allow multiple or repeated logins.",
        OkxWebSocketErrorCodes.ApiKeyDoesNotExist => "API key doesn't exist.",
        OkxWebSocketErrorCodes.ChannelMovedToBusiness => "This channel has been migrated to the '/business' URL. Please subscribe using the new URL. More details can refer to: https://www.okx.com/help-center/changes-to-v5-api-websocket-subscription-parameter-and-url.",
        OkxWebSocketErrorCodes.ChannelNotOnBusiness => "This channel is not supported by \"/business\" URL. Please use \"/private\" URL(for private channels), or \"/public\" URL(for public channels). More details can refer to: https://www.okx.com/help-center/changes-to-v5-api-websocket-subscription-parameter-and-url.",
        OkxWebSocketErrorCodes.FeeTierTooLow => "Your trading fee tier doesn't meet the requirement to access this channel",
        OkxWebSocketErrorCodes.ServiceUpgradeNotice => "The connection will soon be closed for a service upgrade. Please reconnect.",
        OkxWebSocketErrorCodes.ExpTimeInPast => "The expTime can't be earlier than the current system time. Please adjust the expTime and try again.",
        "63999" => "Login failed due to internal error. Please try again later.",
        _ => string.Empty,
    };

    public static string InvalidRequest(string text) => "Invalid request: " + text;

    public static string WrongUrlOrChannel(string described) =>
        "Wrong URL or " + described + " doesn't exist. Please use the correct URL, channel and parameters referring to API document.";

    public static string BooksL2TbtCombined(string channel, string instId) =>
        "Subscribe to both " + channel + " and books-l2-tbt for " + instId + " is not allowed. Unsubscribe books-l2-tbt first.";

    public static string InvalidOp(string op) => "Invalid op: " + op;

    public static string ParameterEmpty(string name) => "Parameter " + name + " can not be empty.";
}
