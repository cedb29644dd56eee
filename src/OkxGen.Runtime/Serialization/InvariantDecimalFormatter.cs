using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace OkxGen.Serialization;

/// <summary>
/// Writes a decimal exactly as <c>decimal.TryFormat(..., CultureInfo.InvariantCulture)</c> does (digits, scale kept,
/// no sign for zero), several times faster for the values OKX carries: those whose 96-bit mantissa fits in 64 bits.
/// Others take the framework's path.
/// </summary>
internal static class InvariantDecimalFormatter
{
    // decimal's fields since .NET Core 3.0: flags (sign and scale), then the high 32 and the low 64 bits of the
    // mantissa. Read in place, as decimal.GetBits copies through a span and costs more than the formatting here.
    // Checked once against GetBits; on any other layout every value takes the framework's path.
    private static readonly bool LayoutIsKnown = CheckLayout();

    private static ReadOnlySpan<ulong> PowersOf10 =>
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    public static bool TryFormat(decimal value, Span<byte> destination, out int bytesWritten)
    {
        DecimalLayout layout = Unsafe.As<decimal, DecimalLayout>(ref value);
        if (!LayoutIsKnown || layout.High != 0)
        {
            return value.TryFormat(destination, out bytesWritten, default, CultureInfo.InvariantCulture);
        }

        ulong mantissa = layout.Low;
        int scale = (layout.Flags >> 16) & 0xFF;
        bool negative = layout.Flags < 0 && mantissa != 0;
        int integerDigits = Math.Max(CountDigits(mantissa) - scale, 1);
        int length = (negative ? 1 : 0) + integerDigits + (scale > 0 ? scale + 1 : 0);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        // Right to left: the fraction's digits (its leading zeros come from the mantissa running out), the point,
        // the integer's digits (a lone 0 when there are none), the sign.
        int position = length;
        for (int i = 0; i < scale; i++)
        {
            destination[--position] = NextDigit(ref mantissa);
        }

        if (scale > 0)
        {
            destination[--position] = (byte)'.';
        }

        do
        {
            destination[--position] = NextDigit(ref mantissa);
        }
        while (mantissa != 0);

        if (negative)
        {
            destination[--position] = (byte)'-';
        }

        bytesWritten = length;
        return true;
    }

    private static byte NextDigit(ref ulong value)
    {
        ulong quotient = value / 10;
        byte digit = (byte)('0' + (value - (quotient * 10)));
        value = quotient;
        return digit;
    }

    private static int CountDigits(ulong value)
    {
        int digits = ((BitOperations.Log2(value | 1) + 1) * 1233) >> 12;
        if (digits < PowersOf10.Length && value >= PowersOf10[digits])
        {
            digits++;
        }

        return Math.Max(digits, 1);
    }

    private static bool CheckLayout()
    {
        decimal probe = new(lo: 0x01234567, mid: unchecked((int)0x89ABCDEF), hi: 0x0F, isNegative: true, scale: 7);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(probe, bits);
        DecimalLayout layout = Unsafe.As<decimal, DecimalLayout>(ref probe);
        return layout.Flags == bits[3] &&
            layout.High == (uint)bits[2] &&
            layout.Low == ((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
    }

#pragma warning disable CS0649 // Never assigned: only read through Unsafe.As over a decimal, whose bits fill it.
    private readonly struct DecimalLayout
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
#pragma warning restore CS0649
}
