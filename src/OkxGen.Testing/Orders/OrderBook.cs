using System;
using System.Collections.Generic;
using System.Globalization;
using OkxGen.Testing.Instruments;
using OkxGen.Testing.Responses;

namespace OkxGen.Testing.Orders;

/// <summary>
/// Every order placed through the server, one book per API key: place, amend, cancel and a scripted fill. No matching engine:
/// an order rests until the test fills or the client cancels it. Thread-safe; <see cref="Changed"/> is raised after each change,
/// outside the lock, on the thread that made it.
/// </summary>
internal sealed class OrderBook
{
    private readonly object _gate = new();
    private readonly Dictionary<string, OkxTestOrder> _byOrdId = new(StringComparer.Ordinal);
    private readonly List<string> _placement = [];
    private readonly OrderIdSource _orderIds;
    private long _lastTradeId = 242589200;

    public OrderBook(OrderIdSource orderIds) => _orderIds = orderIds;

    /// <summary>Raised with the order's new snapshot after every change.</summary>
    public event Action<OkxTestOrder>? Changed;

    /// <summary>Every order of every key, in placement order.</summary>
    public IReadOnlyList<OkxTestOrder> Snapshot()
    {
        lock (_gate)
        {
            var orders = new List<OkxTestOrder>(_placement.Count);
            foreach (string ordId in _placement)
            {
                orders.Add(_byOrdId[ordId]);
            }

            return orders;
        }
    }

    /// <summary>The key's orders that <paramref name="include"/> accepts, newest first.</summary>
    public List<OkxTestOrder> List(string apiKey, Func<OkxTestOrder, bool> include)
    {
        var orders = new List<OkxTestOrder>();
        lock (_gate)
        {
            for (int i = _placement.Count - 1; i >= 0; i--)
            {
                OkxTestOrder order = _byOrdId[_placement[i]];
                if (order.ApiKey == apiKey && include(order))
                {
                    orders.Add(order);
                }
            }
        }

        return orders;
    }

    /// <summary>The key's order with <paramref name="ordId"/> (which wins) or else the latest with <paramref name="clOrdId"/>, on <paramref name="instId"/> when given.</summary>
    public OkxTestOrder? Find(string apiKey, string instId, string ordId, string clOrdId)
    {
        lock (_gate)
        {
            return FindLocked(apiKey, instId, ordId, clOrdId);
        }
    }

    /// <summary>Places one order whose required fields the caller has checked.</summary>
    public OrderOutcome Place(string apiKey, Dictionary<string, string> fields, DateTimeOffset now)
    {
        string clOrdId = fields.Field("clOrdId");
        OkxTestOrder order;
        lock (_gate)
        {
            if (clOrdId.Length > 0 && FindLocked(apiKey, string.Empty, string.Empty, clOrdId) is { IsPending: true })
            {
                return new OrderOutcome(string.Empty, clOrdId, OkxErrorCodes.DuplicateClientOrderId, "Client order ID already exists.");
            }

            string instId = fields.Field("instId");
            string tdMode = fields.Field("tdMode");
            order = new OkxTestOrder
            {
                ApiKey = apiKey,
                OrdId = _orderIds.Next(),
                ClOrdId = clOrdId,
                Tag = fields.Field("tag"),
                InstType = InstrumentCatalogue.TypeOf(instId, tdMode),
                InstId = instId,
                TdMode = tdMode,
                Side = fields.Field("side"),
                PosSide = fields.Field("posSide"),
                OrdType = fields.Field("ordType"),
                Px = fields.Field("px"),
                Sz = fields.Field("sz"),
                Ccy = fields.Field("ccy"),
                TgtCcy = fields.Field("tgtCcy"),
                ReduceOnly = fields.Field("reduceOnly") == "true" ? "true" : "false",
                State = OkxOrderStates.Live,
                AccFillSz = "0",
                AvgPx = string.Empty,
                FillPx = string.Empty,
                FillSz = "0",
                TradeId = string.Empty,
                CTime = now,
                UTime = now,
            };
            _byOrdId.Add(order.OrdId, order);
            _placement.Add(order.OrdId);
        }

        Changed?.Invoke(order);
        return OrderOutcome.Success(order, "Order placed");
    }

    /// <summary>Amends a pending order's price and/or size (<c>newPx</c>, <c>newSz</c>); with <c>cxlOnFail</c>, a failed amendment cancels it.</summary>
    public OrderOutcome Amend(string apiKey, Dictionary<string, string> fields, DateTimeOffset now)
    {
        string ordId = fields.Field("ordId");
        string clOrdId = fields.Field("clOrdId");
        if (ordId.Length == 0 && clOrdId.Length == 0)
        {
            return MissingId();
        }

        string newPx = fields.Field("newPx");
        string newSz = fields.Field("newSz");
        OkxTestOrder? changed;
        OrderOutcome outcome;
        lock (_gate)
        {
            OkxTestOrder? order = FindLocked(apiKey, fields.Field("instId"), ordId, clOrdId);
            if (order is not { IsPending: true })
            {
                return new OrderOutcome(ordId, clOrdId, OkxErrorCodes.AmendFailed, "Your order has already been filled or canceled.");
            }

            OrderOutcome? rejection = RejectAmendment(order, newPx, newSz, fields.ContainsKey("attachAlgoOrds"));
            if (rejection is null)
            {
                changed = order with { Px = newPx.Length > 0 ? newPx : order.Px, Sz = newSz.Length > 0 ? newSz : order.Sz, UTime = now };
                outcome = OrderOutcome.Success(changed);
            }
            else
            {
                changed = fields.Field("cxlOnFail") == "true" ? order with { State = OkxOrderStates.Canceled, UTime = now } : null;
                outcome = rejection.Value;
            }

            if (changed is not null)
            {
                _byOrdId[changed.OrdId] = changed;
            }
        }

        if (changed is not null)
        {
            Changed?.Invoke(changed);
        }

        return outcome;
    }

    /// <summary>Cancels a pending order: it leaves the pending list for the history.</summary>
    public OrderOutcome Cancel(string apiKey, Dictionary<string, string> fields, DateTimeOffset now)
    {
        string ordId = fields.Field("ordId");
        string clOrdId = fields.Field("clOrdId");
        if (ordId.Length == 0 && clOrdId.Length == 0)
        {
            return MissingId();
        }

        OkxTestOrder canceled;
        lock (_gate)
        {
            OkxTestOrder? order = FindLocked(apiKey, fields.Field("instId"), ordId, clOrdId);
            if (order is not { IsPending: true })
            {
                return new OrderOutcome(ordId, clOrdId, OkxErrorCodes.CancelFailed, "Order cancellation failed as the order has been filled, canceled or does not exist.");
            }

            canceled = order with { State = OkxOrderStates.Canceled, UTime = now };
            _byOrdId[canceled.OrdId] = canceled;
        }

        Changed?.Invoke(canceled);
        return OrderOutcome.Success(canceled);
    }

    /// <summary>Fills <paramref name="sz"/> of a pending order at <paramref name="px"/>: partially, or completely when nothing remains.</summary>
    public OkxTestOrder Fill(string ordId, decimal px, decimal sz, DateTimeOffset now)
    {
        OkxTestOrder filled;
        lock (_gate)
        {
            if (!_byOrdId.TryGetValue(ordId, out OkxTestOrder? order))
            {
                throw new InvalidOperationException($"No order {ordId} in the test server's book.");
            }

            if (!order.IsPending)
            {
                throw new InvalidOperationException($"Order {ordId} is {order.State}; only live and partially filled orders can be filled.");
            }

            decimal before = Decimal(order.AccFillSz);
            decimal total = Decimal(order.Sz);
            decimal after = before + sz;
            if (after > total)
            {
                throw new ArgumentOutOfRangeException(nameof(sz), sz, $"Order {ordId} has {DecimalText.Format(total - before)} left to fill.");
            }

            decimal averagePrice = ((Decimal(order.AvgPx) * before) + (px * sz)) / after;
            filled = order with
            {
                State = after == total ? OkxOrderStates.Filled : OkxOrderStates.PartiallyFilled,
                AccFillSz = DecimalText.Format(after),
                AvgPx = DecimalText.Format(averagePrice),
                FillPx = DecimalText.Format(px),
                FillSz = DecimalText.Format(sz),
                FillTime = now,
                TradeId = (++_lastTradeId).ToString(CultureInfo.InvariantCulture),
                UTime = now,
            };
            _byOrdId[ordId] = filled;
        }

        Changed?.Invoke(filled);
        return filled;
    }

    /// <summary>Why an amendment of a pending order is refused: nothing to change (51500), or a size not above the filled size or a price not above zero (51000).</summary>
    private static OrderOutcome? RejectAmendment(OkxTestOrder order, string newPx, string newSz, bool amendsAttachedAlgoOrders)
    {
        if (newPx.Length == 0 && newSz.Length == 0 && !amendsAttachedAlgoOrders)
        {
            return new OrderOutcome(order.OrdId, order.ClOrdId, "51500", "You must enter a price, quantity, or TP/SL");
        }

        if (newSz.Length > 0 && !(DecimalText.TryParse(newSz, out decimal size) && size > Decimal(order.AccFillSz)))
        {
            return new OrderOutcome(order.OrdId, order.ClOrdId, "51000", "Parameter newSz error");
        }

        if (newPx.Length > 0 && !(DecimalText.TryParse(newPx, out decimal price) && price > 0))
        {
            return new OrderOutcome(order.OrdId, order.ClOrdId, "51000", "Parameter newPx error");
        }

        return null;
    }

    private static OrderOutcome MissingId() =>
        new(string.Empty, string.Empty, OkxErrorCodes.OrderIdRequired, "Either client order ID or order ID is required.");

    private static decimal Decimal(string text) => DecimalText.TryParse(text, out decimal value) ? value : 0m;

    private OkxTestOrder? FindLocked(string apiKey, string instId, string ordId, string clOrdId)
    {
        if (ordId.Length > 0)
        {
            return _byOrdId.TryGetValue(ordId, out OkxTestOrder? byId) && byId.ApiKey == apiKey && (instId.Length == 0 || byId.InstId == instId) ? byId : null;
        }

        for (int i = _placement.Count - 1; i >= 0; i--)
        {
            OkxTestOrder order = _byOrdId[_placement[i]];
            if (order.ApiKey == apiKey && order.ClOrdId == clOrdId && (instId.Length == 0 || order.InstId == instId))
            {
                return order;
            }
        }

        return null;
    }
}
