using System;

namespace OkxGen.Testing;

/// <summary>Raised by <see cref="OkxTestServer.OrderChanged"/> each time an order is placed, amended, cancelled or filled.</summary>
public sealed class OkxOrderChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="order">The order after the change.</param>
    public OkxOrderChangedEventArgs(OkxTestOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        Order = order;
    }

    /// <summary>The order after the change.</summary>
    public OkxTestOrder Order { get; }
}
