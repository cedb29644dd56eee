using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>The injected WebSocket faults still to apply, in injection order; thread-safe.</summary>
internal sealed class WebSocketFaultQueue
{
    private readonly object _gate = new();
    private readonly List<(OkxWebSocketFault Fault, int Remaining)> _pending = new();

    public void Add(OkxWebSocketFault fault, int times)
    {
        lock (_gate)
        {
            _pending.Add((fault, times));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Takes one use of the first fault that applies to a message with <paramref name="op"/>, if any.</summary>
    public OkxWebSocketFault? TryTake(string? op)
    {
        lock (_gate)
        {
            for (int i = 0; i < _pending.Count; i++)
            {
                (OkxWebSocketFault fault, int remaining) = _pending[i];
                if (fault.Op is not null && !string.Equals(fault.Op, op, StringComparison.Ordinal))
                {
                    continue;
                }

                if (remaining == 1)
                {
                    _pending.RemoveAt(i);
                }
                else
                {
                    _pending[i] = (fault, remaining - 1);
                }

                return fault;
            }

            return null;
        }
    }
}
