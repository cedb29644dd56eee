using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Carries out order operations for a key. The WebSocket side answers and records operations and pushes the changed orders on
/// the <c>orders</c> channel; the desk only decides outcomes, so a stateful REST order book can stand in for
/// <see cref="InMemoryOrderDesk"/> and serve both sides from one book.
/// </summary>
internal interface IOrderDesk
{
    OrderItemResult Place(OkxTestKey key, Dictionary<string, string> order, DateTimeOffset now);

    OrderItemResult Cancel(OkxTestKey key, Dictionary<string, string> cancel, DateTimeOffset now);

    OrderItemResult Amend(OkxTestKey key, Dictionary<string, string> amend, DateTimeOffset now);

    /// <summary>Cancels the key's live orders of an instrument type and family; returns them.</summary>
    IReadOnlyList<OrderSnapshot> MassCancel(OkxTestKey key, string instType, string instFamily, DateTimeOffset now);
}
