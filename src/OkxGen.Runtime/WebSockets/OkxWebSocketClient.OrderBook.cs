using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.WebSockets.Books;

namespace OkxGen.WebSockets;

public sealed partial class OkxWebSocketClient
{
    /// <summary>
    /// Subscribes to an order book channel and keeps the book: the same <see cref="OkxOrderBook"/> is yielded after
    /// every snapshot, update and heartbeat. A <c>seqId</c> gap, a checksum mismatch, a reconnect or dropped pushes
    /// yield the book as <see cref="OkxBookStatus.Resyncing"/> (with the reason), and the channel is resubscribed
    /// for a fresh snapshot.
    /// </summary>
    /// <param name="instId">The instrument, for example <c>BTC-USDT</c>.</param>
    /// <param name="channel">The channel; <see cref="OkxBookChannel.Books"/> by default.</param>
    /// <param name="cancellationToken">Ends the enumeration, which unsubscribes.</param>
    /// <returns>The book after each message.</returns>
    /// <exception cref="OkxWebSocketException">OKX refused the subscription (for example 64003 for a tick-by-tick channel below VIP4).</exception>
    public async IAsyncEnumerable<OkxOrderBook> SubscribeOrderBookAsync(
        string instId,
        OkxBookChannel channel = OkxBookChannel.Books,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var book = new OkxOrderBook(instId, channel);
        var argument = new BookChannelArgument(channel, instId);
        while (true)
        {
            string? resync = null;
            await foreach (OkxPush<BookMessage> push in SubscribeAsync(argument, cancellationToken).ConfigureAwait(false))
            {
                if (push.Kind == OkxPushKind.Reconnected)
                {
                    // The renewed subscription starts with a snapshot of its own: no second resubscribe.
                    Resyncing(book, argument, "the connection was re-established");
                    yield return book;
                    continue;
                }

                if (push.Kind == OkxPushKind.Dropped)
                {
                    resync = $"{push.DroppedCount} push(es) dropped for a slow consumer";
                    break;
                }

                foreach (BookMessage message in push.Data)
                {
                    resync = book.Apply(push.Action, message);
                    if (resync is not null)
                    {
                        break;
                    }

                    yield return book;
                }

                if (resync is not null)
                {
                    break;
                }
            }

            if (resync is null)
            {
                yield break;
            }

            Resyncing(book, argument, resync);
            yield return book;
        }
    }

    private void Resyncing(OkxOrderBook book, BookChannelArgument argument, string reason)
    {
        book.MarkResyncing(reason);
        if (_options.Logger is { } logger)
        {
            BookLog.Resyncing(logger, book.InstId, argument.Channel, reason);
        }
    }

    private static partial class BookLog
    {
        [Microsoft.Extensions.Logging.LoggerMessage(EventId = 130, Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "OKX order book {InstId} ({Channel}) resubscribed for a fresh snapshot: {Reason}")]
        public static partial void Resyncing(Microsoft.Extensions.Logging.ILogger logger, string instId, string channel, string reason);
    }
}
