using System;
using System.Collections.Generic;
using System.Globalization;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Live orders per API key, in memory. Place checks <c>sz</c> (51000), <c>px</c> for priced order types (51000) and a
/// duplicate <c>clOrdId</c> among live orders (51016); cancel and amend find the live order by <c>ordId</c> or <c>clOrdId</c>
/// (51003 when neither is given, 51400 / 51503 when it is not live). Thread-safe.
/// </summary>
internal sealed class InMemoryOrderDesk : IOrderDesk
{
    private static readonly HashSet<string> PricedOrderTypes = new(StringComparer.Ordinal) { "limit", "post_only", "fok", "ioc", "mmp", "mmp_and_post_only" };

    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<string, OrderSnapshot>> _liveByKey = new(StringComparer.Ordinal);
    private readonly OrderIdSource _orderIds;

    public InMemoryOrderDesk(OrderIdSource orderIds) => _orderIds = orderIds;

    public OrderItemResult Place(OkxTestKey key, Dictionary<string, string> order, DateTimeOffset now)
    {
        string clOrdId = order.Field("clOrdId");
        string tag = order.Field("tag");
        string ordType = order.Field("ordType");
        if (!IsPositive(order.Field("sz")))
        {
            return OrderItemResult.Failed(string.Empty, clOrdId, tag, string.Empty, "51000", "Parameter sz error");
        }

        if (PricedOrderTypes.Contains(ordType) && !IsPositive(order.Field("px")))
        {
            return OrderItemResult.Failed(string.Empty, clOrdId, tag, string.Empty, "51000", "Parameter px error");
        }

        lock (_gate)
        {
            Dictionary<string, OrderSnapshot> live = LiveOrders(key);
            if (clOrdId.Length > 0 && FindByClOrdId(live, clOrdId) is not null)
            {
                return OrderItemResult.Failed(string.Empty, clOrdId, tag, string.Empty, "51016", "Duplicated clOrdId");
            }

            var placed = new OrderSnapshot(
                key.ApiKey,
                _orderIds.Next(),
                clOrdId,
                tag,
                order.Field("instId"),
                order.Field("instIdCode"),
                order.Field("side"),
                ordType,
                order.Field("tdMode"),
                order.Field("px"),
                order.Field("sz"),
                "live",
                now,
                now);
            live[placed.OrdId] = placed;
            return new OrderItemResult(placed.OrdId, clOrdId, tag, string.Empty, OkxWebSocketErrorCodes.Success, "Order placed", placed);
        }
    }

    public OrderItemResult Cancel(OkxTestKey key, Dictionary<string, string> cancel, DateTimeOffset now)
    {
        string ordId = cancel.Field("ordId");
        string clOrdId = cancel.Field("clOrdId");
        if (ordId.Length == 0 && clOrdId.Length == 0)
        {
            return OrderItemResult.Failed(ordId, clOrdId, string.Empty, string.Empty, "51003", "Either client order ID or order ID is required.");
        }

        lock (_gate)
        {
            Dictionary<string, OrderSnapshot> live = LiveOrders(key);
            if (Find(live, ordId, clOrdId) is not { } order)
            {
                return OrderItemResult.Failed(ordId, clOrdId, string.Empty, string.Empty, "51400", "Order cancellation failed as the order has been filled, canceled or does not exist.");
            }

            live.Remove(order.OrdId);
            OrderSnapshot canceled = order with { State = "canceled", UpdatedAt = now };
            return new OrderItemResult(order.OrdId, order.ClOrdId, order.Tag, string.Empty, OkxWebSocketErrorCodes.Success, string.Empty, canceled);
        }
    }

    public OrderItemResult Amend(OkxTestKey key, Dictionary<string, string> amend, DateTimeOffset now)
    {
        string ordId = amend.Field("ordId");
        string clOrdId = amend.Field("clOrdId");
        string reqId = amend.Field("reqId");
        string newSz = amend.Field("newSz");
        string newPx = amend.Field("newPx");
        if (ordId.Length == 0 && clOrdId.Length == 0)
        {
            return OrderItemResult.Failed(ordId, clOrdId, string.Empty, reqId, "51003", "Either client order ID or order ID is required.");
        }

        string? badParameter = (newSz.Length == 0 && newPx.Length == 0) || (newSz.Length > 0 && !IsPositive(newSz)) ? "newSz"
            : newPx.Length > 0 && !IsPositive(newPx) ? "newPx"
            : null;
        if (badParameter is not null)
        {
            return OrderItemResult.Failed(ordId, clOrdId, string.Empty, reqId, "51000", "Parameter " + badParameter + " error");
        }

        lock (_gate)
        {
            Dictionary<string, OrderSnapshot> live = LiveOrders(key);
            if (Find(live, ordId, clOrdId) is not { } order)
            {
                return OrderItemResult.Failed(ordId, clOrdId, string.Empty, reqId, "51503", "Order modification failed as the order has been filled, canceled or does not exist.");
            }

            OrderSnapshot amended = order with
            {
                Sz = newSz.Length > 0 ? newSz : order.Sz,
                Px = newPx.Length > 0 ? newPx : order.Px,
                UpdatedAt = now,
                ReqId = reqId,
            };
            live[order.OrdId] = amended;
            return new OrderItemResult(order.OrdId, order.ClOrdId, order.Tag, reqId, OkxWebSocketErrorCodes.Success, string.Empty, amended);
        }
    }

    public IReadOnlyList<OrderSnapshot> MassCancel(OkxTestKey key, string instType, string instFamily, DateTimeOffset now)
    {
        var canceled = new List<OrderSnapshot>();
        lock (_gate)
        {
            Dictionary<string, OrderSnapshot> live = LiveOrders(key);
            foreach (OrderSnapshot order in new List<OrderSnapshot>(live.Values))
            {
                if (order.InstType == instType && order.InstId.StartsWith(instFamily + "-", StringComparison.Ordinal))
                {
                    live.Remove(order.OrdId);
                    canceled.Add(order with { State = "canceled", UpdatedAt = now });
                }
            }
        }

        return canceled;
    }

    private static bool IsPositive(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) && value > 0;

    private static OrderSnapshot? Find(Dictionary<string, OrderSnapshot> live, string ordId, string clOrdId) =>
        ordId.Length > 0 ? (live.TryGetValue(ordId, out OrderSnapshot? byId) ? byId : null) : FindByClOrdId(live, clOrdId);

    private static OrderSnapshot? FindByClOrdId(Dictionary<string, OrderSnapshot> live, string clOrdId)
    {
        foreach (OrderSnapshot order in live.Values)
        {
            if (string.Equals(order.ClOrdId, clOrdId, StringComparison.Ordinal))
            {
                return order;
            }
        }

        return null;
    }

    private Dictionary<string, OrderSnapshot> LiveOrders(OkxTestKey key)
    {
        if (!_liveByKey.TryGetValue(key.ApiKey, out Dictionary<string, OrderSnapshot>? live))
        {
            live = new Dictionary<string, OrderSnapshot>(StringComparer.Ordinal);
            _liveByKey[key.ApiKey] = live;
        }

        return live;
    }
}
