using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Text;

namespace OkxGen.WebSockets;

/// <summary>
/// OKX's order book checksum: the CRC32, as a signed 32-bit integer, of the top 25 bids and asks interleaved as
/// <c>bidPx:bidSz:askPx:askSz:...</c> with OKX's original strings, a missing level skipped.
/// </summary>
public static class OkxBookChecksum
{
    /// <summary>The number of levels per side that the checksum covers.</summary>
    public const int Depth = 25;

    /// <summary>Computes the checksum of a book.</summary>
    /// <param name="bids">The bids, best (highest) first.</param>
    /// <param name="asks">The asks, best (lowest) first.</param>
    /// <returns>The checksum, comparable with the <c>checksum</c> OKX sends.</returns>
    public static int Compute(IReadOnlyList<OkxBookLevel> bids, IReadOnlyList<OkxBookLevel> asks)
    {
        ArgumentNullException.ThrowIfNull(bids);
        ArgumentNullException.ThrowIfNull(asks);
        int length = 0;
        for (int i = 0; i < Depth; i++)
        {
            length += i < bids.Count ? bids[i].Price.Length + bids[i].Size.Length + 2 : 0;
            length += i < asks.Count ? asks[i].Price.Length + asks[i].Size.Length + 2 : 0;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(Math.Max(1, length * 3));
        try
        {
            int position = 0;
            for (int i = 0; i < Depth; i++)
            {
                if (i < bids.Count)
                {
                    position = Append(rented, position, bids[i]);
                }

                if (i < asks.Count)
                {
                    position = Append(rented, position, asks[i]);
                }
            }

            // Every level appended a trailing ':'; the checked text has none at the end.
            return unchecked((int)Crc32.HashToUInt32(rented.AsSpan(0, Math.Max(0, position - 1))));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int Append(byte[] buffer, int position, OkxBookLevel level)
    {
        position += Encoding.UTF8.GetBytes(level.Price, buffer.AsSpan(position));
        buffer[position++] = (byte)':';
        position += Encoding.UTF8.GetBytes(level.Size, buffer.AsSpan(position));
        buffer[position++] = (byte)':';
        return position;
    }
}
