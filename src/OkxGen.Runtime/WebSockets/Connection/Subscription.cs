using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OkxGen.Serialization;

namespace OkxGen.WebSockets.Connection;

/// <summary>A live subscription, whatever the type of its items: what a connection routes pushes and markers to.</summary>
internal abstract class Subscription
{
    protected Subscription(ChannelArgument argument)
    {
        Argument = argument;
    }

    public ChannelArgument Argument { get; }

    /// <summary>Reads a push's <c>data</c> with the channel's generated reader.</summary>
    /// <param name="reader">The reader, on the <c>data</c> value; it ends on the value's last token.</param>
    /// <returns>The items, for <see cref="Deliver"/>.</returns>
    public abstract object ReadItems(ref Utf8JsonReader reader);

    /// <summary>Reads a push's <c>data</c>, the JSON value given.</summary>
    /// <param name="data">The <c>data</c> value.</param>
    /// <returns>The items, for <see cref="Deliver"/>.</returns>
    public object ReadItems(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        reader.Read();
        return ReadItems(ref reader);
    }

    /// <summary>Hands the items of a push to the consumer; never blocks the receive loop.</summary>
    /// <param name="items">What <see cref="ReadItems(ref Utf8JsonReader)"/> read.</param>
    /// <param name="action">The push's <c>action</c>, where OKX sends one.</param>
    public abstract void Deliver(object items, string? action);

    /// <summary>Tells the consumer that the subscription was renewed on a new connection.</summary>
    public abstract void MarkReconnected();

    /// <summary>Ends the consumer's enumeration with an error.</summary>
    public abstract void Fail(Exception exception);
}

/// <summary>A subscription whose pushes carry <typeparamref name="T"/>, buffered in a bounded channel.</summary>
internal sealed partial class Subscription<T> : Subscription
{
    private static readonly IReadOnlyList<T> NoData = [];

    private readonly IOkxChannel<T> _channel;
    private readonly Channel<OkxPush<T>> _buffer;
    private readonly ILogger? _logger;
    private long _dropped;
    private bool _ended;

    public Subscription(IOkxChannel<T> channel, ChannelArgument argument, int capacity, ILogger? logger)
        : base(argument)
    {
        _channel = channel;
        _logger = logger;
        _buffer = Channel.CreateBounded<OkxPush<T>>(new BoundedChannelOptions(Math.Max(2, capacity))
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ChannelReader<OkxPush<T>> Reader => _buffer.Reader;

    public override object ReadItems(ref Utf8JsonReader reader) => ReadItems(ref reader, _channel.PushReader);

    public override void Deliver(object items, string? action) =>
        Offer(new OkxPush<T>(OkxPushKind.Data, _channel, action, (List<T>)items, 0));

    /// <summary>Reads a push's <c>data</c> array with the channel's generated reader.</summary>
    /// <param name="reader">The reader, on the <c>data</c> value; it ends on the value's last token.</param>
    /// <param name="itemReader">The reader of one item.</param>
    /// <returns>The items; none for <c>null</c> or <c>""</c>.</returns>
    public static List<T> ReadItems(ref Utf8JsonReader reader, OkxResponseReader<T> itemReader)
    {
        var data = new List<T>();
        if (OkxJsonValueReader.ReadStartArray(ref reader, "data"))
        {
            while (OkxJsonValueReader.TryReadArrayItem(ref reader))
            {
                data.Add(itemReader.ReadItem(ref reader));
            }
        }

        return data;
    }

    public override void MarkReconnected() => Offer(new OkxPush<T>(OkxPushKind.Reconnected, _channel, null, NoData, 0));

    public override void Fail(Exception exception)
    {
        Volatile.Write(ref _ended, true);
        _buffer.Writer.TryComplete(exception);
    }

    public void Complete()
    {
        Volatile.Write(ref _ended, true);
        _buffer.Writer.TryComplete();
    }

    // Called by the receive loop only: a full buffer drops the push rather than stall every other subscription and
    // the keepalive; the consumer learns how many it lost from one marker when it has caught up.
    // A push that arrives after the enumeration ended (before OKX has the unsubscribe) is nobody's: not a slow consumer.
    private void Offer(OkxPush<T> push)
    {
        if (Volatile.Read(ref _ended))
        {
            return;
        }

        long dropped = Volatile.Read(ref _dropped);
        if (dropped > 0)
        {
            if (!_buffer.Writer.TryWrite(new OkxPush<T>(OkxPushKind.Dropped, _channel, null, NoData, dropped)))
            {
                Volatile.Write(ref _dropped, dropped + 1);
                return;
            }

            Volatile.Write(ref _dropped, 0);
        }

        if (!_buffer.Writer.TryWrite(push))
        {
            Volatile.Write(ref _dropped, 1);
            if (_logger is not null)
            {
                SubscriptionLog.ConsumerTooSlow(_logger, Argument.ToString());
            }
        }
    }

    private static partial class SubscriptionLog
    {
        [LoggerMessage(EventId = 120, Level = LogLevel.Warning, Message = "The consumer of OKX subscription {Argument} is too slow: its buffer is full and pushes are dropped until it catches up")]
        public static partial void ConsumerTooSlow(ILogger logger, string argument);
    }
}
