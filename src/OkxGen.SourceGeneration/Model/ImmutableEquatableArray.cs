using System;
using System.Collections;
using System.Collections.Generic;

namespace OkxGen.SourceGeneration.Model;

/// <summary>
/// An immutable array with value equality, so that specs holding lists compare equal when their items do and the
/// incremental pipeline can cache them.
/// </summary>
internal sealed class ImmutableEquatableArray<T> : IEquatable<ImmutableEquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[] _items;

    public ImmutableEquatableArray(IEnumerable<T> items) => _items = [.. items];

    public static ImmutableEquatableArray<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ImmutableEquatableArray<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (int i = 0; i < _items.Length; i++)
        {
            if (!_items[i].Equals(other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ImmutableEquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        int hash = 17;
        foreach (T item in _items)
        {
            hash = unchecked((hash * 31) + item.GetHashCode());
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

internal static class ImmutableEquatableArray
{
    public static ImmutableEquatableArray<T> ToImmutableEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);
}
