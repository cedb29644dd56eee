using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OkxGen.Testing.WebSockets;

/// <summary>Decides the answer to one received message: the text ping, login, subscribe, unsubscribe and order operations.</summary>
internal sealed class WebSocketMessageHandler
{
    private readonly LoginVerifier _login;
    private readonly OrderOperations _orders;
    private readonly WebSocketFaultQueue _faults;
    private readonly Func<DateTimeOffset> _now;

    public WebSocketMessageHandler(LoginVerifier login, OrderOperations orders, WebSocketFaultQueue faults, Func<DateTimeOffset> now)
    {
        _login = login;
        _orders = orders;
        _faults = faults;
        _now = now;
    }

    public HandledMessage Handle(WebSocketConnection connection, string text, DateTimeOffset receivedAt)
    {
        // The text ping is not JSON; everything else is, or is an invalid request (60012).
        JsonDocument? document = text == "ping" ? null : TryParse(text);
        using (document)
        {
            JsonElement root = document?.RootElement ?? default;
            bool isObject = root.ValueKind == JsonValueKind.Object;
            string? op = document is null ? (text == "ping" ? "ping" : null) : isObject ? StringProperty(root, "op") : null;
            string? id = isObject ? StringProperty(root, "id") : null;
            OkxWebSocketFault? fault = _faults.TryTake(op);
            // OKX: 480 subscribe/unsubscribe/login requests per hour per connection. It does not document its answer past
            // them; 60014 "Requests too frequent" is its code for requests sent too fast (the close codes 4008/4009 are
            // for too many subscribed channels, not requests), so the server sends it and keeps the connection open.
            if (fault is null && op is "login" or "subscribe" or "unsubscribe" && !connection.TryCountSubscriptionRequest(receivedAt))
            {
                return Fail(connection, op, id, OkxWebSocketErrorCodes.RequestsTooFrequent, WebSocketErrorMessages.For(OkxWebSocketErrorCodes.RequestsTooFrequent));
            }

            return fault?.Kind switch
            {
                OkxWebSocketFaultKind.DropConnection or OkxWebSocketFaultKind.IgnorePing => HandledMessage.Unanswered(op, id, fault.Kind),
                OkxWebSocketFaultKind.RefuseLogin => Fail(connection, op, id, fault.Code, WebSocketErrorMessages.For(fault.Code)) with { Fault = fault.Kind },
                _ => op switch
                {
                    "ping" when document is null => HandledMessage.Answered(op, null, null, "pong"),
                    null => Fail(connection, null, id, OkxWebSocketErrorCodes.InvalidRequest, WebSocketErrorMessages.InvalidRequest(text)),
                    "login" => LogIn(connection, root, id, receivedAt),
                    "subscribe" or "unsubscribe" => Subscribe(connection, root, op, id, text),
                    _ when OrderOperations.IsOrderOperation(op) => Operate(connection, root, op, id, receivedAt),
                    _ => Fail(connection, op, id, OkxWebSocketErrorCodes.InvalidOp, WebSocketErrorMessages.InvalidOp(op)),
                },
            };
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private HandledMessage LogIn(WebSocketConnection connection, JsonElement root, string? id, DateTimeOffset receivedAt)
    {
        JsonElement args = root.TryGetProperty("args", out JsonElement value) ? value : default;
        (string code, string message, OkxTestKey? key) = _login.Verify(args, connection, receivedAt);
        if (key is null)
        {
            return Fail(connection, "login", id, code, message);
        }

        connection.LogIn(key);
        return HandledMessage.Answered("login", id, code, WebSocketAnswers.LoginSucceeded(connection.Id));
    }

    private static HandledMessage Subscribe(WebSocketConnection connection, JsonElement root, string op, string? id, string text)
    {
        if (!root.TryGetProperty("args", out JsonElement args) || args.ValueKind != JsonValueKind.Array || args.GetArrayLength() == 0)
        {
            return Fail(connection, op, id, OkxWebSocketErrorCodes.InvalidRequest, WebSocketErrorMessages.InvalidRequest(text));
        }

        var answers = new List<string>();
        string? firstError = null;
        foreach (JsonElement element in args.EnumerateArray())
        {
            SubscriptionArg? arg = SubscriptionArg.TryRead(element);
            (string Code, string Message)? refusal = arg is null
                ? (OkxWebSocketErrorCodes.InvalidArgs, WebSocketErrorMessages.For(OkxWebSocketErrorCodes.InvalidArgs))
                : op == "subscribe" ? CheckSubscription(connection, arg) : null;
            if (refusal is { } error)
            {
                firstError ??= error.Code;
                answers.Add(WebSocketAnswers.Error(id, error.Code, error.Message, connection.Id));
                continue;
            }

            if (op == "subscribe")
            {
                connection.Subscribe(arg!);
            }
            else
            {
                connection.Unsubscribe(arg!);
            }

            answers.Add(WebSocketAnswers.SubscriptionAck(id, op, arg!, connection.Id));
        }

        return new HandledMessage(op, id, firstError ?? OkxErrorCodes.Success, answers);
    }

    /// <summary>
    /// 60018 for an unknown channel or one of the other endpoint, 64001 / 64002 across <c>/business</c>, 60011 before login,
    /// 64003 below the channel's VIP tier, 64004 for books-l2-tbt beside books or books50-l2-tbt.
    /// </summary>
    private static (string Code, string Message)? CheckSubscription(WebSocketConnection connection, SubscriptionArg arg)
    {
        if (!ChannelCatalogue.TryFind(arg.Channel, out ChannelPlacement placement))
        {
            return (OkxWebSocketErrorCodes.WrongUrlOrChannel, WebSocketErrorMessages.WrongUrlOrChannel(arg.Describe()));
        }

        if (placement.Endpoint != connection.Endpoint)
        {
            return placement.Endpoint == WebSocketEndpoint.Business ? Refusal(OkxWebSocketErrorCodes.ChannelMovedToBusiness)
                : connection.Endpoint == WebSocketEndpoint.Business ? Refusal(OkxWebSocketErrorCodes.ChannelNotOnBusiness)
                : (OkxWebSocketErrorCodes.WrongUrlOrChannel, WebSocketErrorMessages.WrongUrlOrChannel(arg.Describe()));
        }

        if (placement.NeedsLogin && connection.Key is null)
        {
            return Refusal(OkxWebSocketErrorCodes.PleaseLogIn);
        }

        if (connection.Key is { } key && key.VipLevel < placement.MinimumVipLevel)
        {
            return Refusal(OkxWebSocketErrorCodes.FeeTierTooLow);
        }

        return BooksL2TbtConflict(connection, arg);
    }

    // OKX's order book page: "Users can not simultaneously subscribe to books-l2-tbt and books50-l2-tbt/books channels for
    // the same trading symbol" on one connection; 64004 names the other channel and the instrument. OKX documents one
    // message, which asks to unsubscribe books-l2-tbt first; it is used whichever of the two was subscribed first.
    private static (string Code, string Message)? BooksL2TbtConflict(WebSocketConnection connection, SubscriptionArg arg)
    {
        string[] conflicting = arg.Channel switch
        {
            "books-l2-tbt" => ["books", "books50-l2-tbt"],
            "books" or "books50-l2-tbt" => ["books-l2-tbt"],
            _ => [],
        };
        string? instId = arg.Get("instId");
        foreach (string channel in conflicting)
        {
            if (instId is not null && connection.FindSubscriptions(SubscriptionArg.ForChannel(channel, instId)).Count > 0)
            {
                string other = channel == "books-l2-tbt" ? arg.Channel : channel;
                return (OkxWebSocketErrorCodes.BooksL2TbtCombined, WebSocketErrorMessages.BooksL2TbtCombined(other, instId));
            }
        }

        return null;
    }

    private HandledMessage Operate(WebSocketConnection connection, JsonElement root, string op, string? id, DateTimeOffset receivedAt)
    {
        (string answer, string code) = _orders.Handle(connection, op, id, root, receivedAt, _now);
        return HandledMessage.Answered(op, id, code, answer);
    }

    private static (string Code, string Message) Refusal(string code) => (code, WebSocketErrorMessages.For(code));

    private static HandledMessage Fail(WebSocketConnection connection, string? op, string? id, string code, string message) =>
        HandledMessage.Answered(op, id, code, WebSocketAnswers.Error(id, code, message, connection.Id));

    private static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
