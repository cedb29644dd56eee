using System.Collections.Generic;

namespace OkxGen.WebSockets.Books;

/// <summary>One side of a book, kept sorted best first (bids descending, asks ascending) by price value.</summary>
internal sealed class BookSide(bool descending)
{
    private readonly List<OkxBookLevel> _levels = new(400);

    public IReadOnlyList<OkxBookLevel> Levels => _levels;

    public void Replace(List<OkxBookLevel> levels)
    {
        _levels.Clear();
        foreach (OkxBookLevel level in levels)
        {
            Apply(level);
        }
    }

    /// <summary>OKX's merge rule: the same price replaces the level, or deletes it when the size is 0; a new price is inserted in order.</summary>
    public void Apply(OkxBookLevel level)
    {
        int index = Find(level.PriceValue);
        if (index >= 0)
        {
            if (level.SizeValue == 0)
            {
                _levels.RemoveAt(index);
            }
            else
            {
                _levels[index] = level;
            }
        }
        else if (level.SizeValue != 0)
        {
            _levels.Insert(~index, level);
        }
    }

    public void Clear() => _levels.Clear();

    private int Find(decimal price)
    {
        int low = 0;
        int high = _levels.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = _levels[middle].PriceValue.CompareTo(price);
            if (descending)
            {
                order = -order;
            }

            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
