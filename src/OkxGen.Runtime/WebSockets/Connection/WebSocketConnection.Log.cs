using System;
using Microsoft.Extensions.Logging;

namespace OkxGen.WebSockets.Connection;

internal sealed partial class WebSocketConnection
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "OKX WebSocket {Uri} connected (logged in: {LoggedIn})")]
        public static partial void Connected(ILogger logger, Uri uri, bool loggedIn);

        [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "OKX WebSocket {Uri} dropped: {Reason}")]
        public static partial void Dropped(ILogger logger, Uri uri, string reason);

        [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "OKX WebSocket {Uri}: reconnect attempt {Attempt} in {DelayMilliseconds:F0} ms")]
        public static partial void Reconnecting(ILogger logger, Uri uri, int attempt, double delayMilliseconds);

        [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "OKX WebSocket {Uri}: reconnect failed: {Reason}")]
        public static partial void ReconnectFailed(ILogger logger, Uri uri, string reason);

        [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "OKX WebSocket {Uri}: no pong within {TimeoutMilliseconds:F0} ms of a ping; reconnecting")]
        public static partial void PongMissing(ILogger logger, Uri uri, double timeoutMilliseconds);

        [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "OKX WebSocket {Uri}: service upgrade notice (64008); reconnecting now")]
        public static partial void ServiceUpgrade(ILogger logger, Uri uri);

        [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "OKX WebSocket {Uri}: error {Code} {Message}")]
        public static partial void ErrorEvent(ILogger logger, Uri uri, string code, string message);

        [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "OKX WebSocket {Uri}: unreadable message skipped: {Reason}")]
        public static partial void Unreadable(ILogger logger, Uri uri, string reason);
    }
}
