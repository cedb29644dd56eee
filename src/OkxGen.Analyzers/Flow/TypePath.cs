using System;
using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers.Flow;

/// <summary>The types a walk went through, newest first: a short immutable list shared by the branches of the walk.</summary>
internal sealed class TypePath
{
    public TypePath(INamedTypeSymbol? type, TypePath? previous)
    {
        Type = type;
        Previous = previous;
    }

    public INamedTypeSymbol? Type { get; }

    public TypePath? Previous { get; }

    /// <summary>Whether <paramref name="predicate"/> holds for a type of the path.</summary>
    public bool Any(Func<INamedTypeSymbol?, bool> predicate)
    {
        for (TypePath? current = this; current is not null; current = current.Previous)
        {
            if (predicate(current.Type))
            {
                return true;
            }
        }

        return false;
    }
}
