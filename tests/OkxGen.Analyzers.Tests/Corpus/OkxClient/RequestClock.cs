using System;

namespace Acme.Okx;

/// <summary>Case 1: the timestamp property is defined here and read by the authenticator in another class and file.</summary>
public sealed class RequestClock
{
    public string TimeStamp => {|OKX015:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.sssZ")|};

    // Case 8: Unix seconds with milliseconds, "1660546131.985", signed for REST.
    public string UnixTime => {|OKX015:(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)|};
}
