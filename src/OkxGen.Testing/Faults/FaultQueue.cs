using System;
using System.Collections.Generic;

namespace OkxGen.Testing.Faults;

/// <summary>The injected faults still to apply, in injection order; thread-safe.</summary>
internal sealed class FaultQueue
{
    private readonly object _gate = new();
    private readonly List<PendingFault> _pending = new();

    public void Add(OkxFault fault, int times)
    {
        lock (_gate)
        {
            _pending.Add(new PendingFault(fault, times));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Takes one use of the first fault that applies to <paramref name="path"/>, if any.</summary>
    public OkxFault? TryTake(string path)
    {
        lock (_gate)
        {
            for (int i = 0; i < _pending.Count; i++)
            {
                PendingFault pending = _pending[i];
                if (pending.Fault.Path is not null && !string.Equals(pending.Fault.Path, path, StringComparison.Ordinal))
                {
                    continue;
                }

                pending.Remaining--;
                if (pending.Remaining == 0)
                {
                    _pending.RemoveAt(i);
                }

                return pending.Fault;
            }

            return null;
        }
    }
}
