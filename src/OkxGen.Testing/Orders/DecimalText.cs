using System.Globalization;

namespace OkxGen.Testing.Orders;

/// <summary>Decimal text as OKX spells it: invariant culture, no exponent, no trailing zeros.</summary>
internal static class DecimalText
{
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
