using System;
using System.Globalization;

namespace Clean.Okx;

/// <summary>Clean twin of case 1 and 8: the invariant ISO form with milliseconds and Z; Unix seconds only for the WebSocket login.</summary>
public sealed class RequestClock
{
    public string TimeStamp => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public string UnixTime => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
