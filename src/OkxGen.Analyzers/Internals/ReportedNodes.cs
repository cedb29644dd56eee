using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers.Internals;

/// <summary>
/// The nodes a block's rule has reported on, so that two callbacks do not report the same one twice. Most blocks report
/// nothing, so the set is made on the first report; a <c>ConcurrentDictionary</c> per block cost more than the rule.
/// </summary>
internal sealed class ReportedNodes
{
    private HashSet<SyntaxNode>? _nodes;

    /// <summary>Records <paramref name="node"/>; <see langword="false"/> when it was already recorded.</summary>
    public bool TryAdd(SyntaxNode node)
    {
        HashSet<SyntaxNode> nodes = Volatile.Read(ref _nodes) ?? Interlocked.CompareExchange(ref _nodes, [], null) ?? _nodes;
        lock (nodes)
        {
            return nodes.Add(node);
        }
    }
}
