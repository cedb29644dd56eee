using System.Globalization;
using System.Threading;

namespace OkxGen.Testing.Responses;

/// <summary>Hands out increasing OKX-looking order ids (18 digits) for the default answers.</summary>
internal sealed class OrderIdSource
{
    private long _last = 590908157585625000;

    public string Next() => Interlocked.Increment(ref _last).ToString(CultureInfo.InvariantCulture);
}
