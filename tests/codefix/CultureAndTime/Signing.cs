using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace CultureAndTime;

/// <summary>Signs OKX REST requests as many client libraries do, with the mistakes OKX014 and OKX015 report.</summary>
public sealed class OkxRequestSigner
{
    private readonly byte[] _secret;
    private readonly TimeSpan _clockOffset;

    /// <summary>Initializes a new instance of the <see cref="OkxRequestSigner"/> class.</summary>
    /// <param name="secret">The API secret.</param>
    /// <param name="clockOffset">OKX's clock minus ours.</param>
    public OkxRequestSigner(byte[] secret, TimeSpan clockOffset)
    {
        _secret = secret;
        _clockOffset = clockOffset;
    }

    /// <summary>Gets the timestamp of the next request.</summary>
    public string TimeStamp => DateTime.UtcNow.Add(_clockOffset).ToString("yyyy-MM-ddTHH:mm:ss.sssZ");

    /// <summary>The signing headers of an order.</summary>
    /// <param name="instId">The instrument.</param>
    /// <param name="size">The size.</param>
    /// <param name="price">The price, or null for a market order.</param>
    /// <returns>The headers.</returns>
    public Dictionary<string, string> OrderHeaders(string instId, decimal size, decimal? price)
    {
        string timestamp = TimeStamp;
        string body = $"{{\"instId\":\"{instId}\",\"px\":\"{price}\"," +
            $"\"sz\":\"{size}\"}}";
        string query = "?sz=" + size + "&px=" +
            price;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OK-ACCESS-SIGN"] = Sign(timestamp + "POST/api/v5/trade/order" + query + body),
            ["OK-ACCESS-TIMESTAMP"] = timestamp,
        };
    }

    /// <summary>The signing headers of an order history query.</summary>
    /// <param name="instId">The instrument.</param>
    /// <returns>The headers.</returns>
    public Dictionary<string, string> HistoryHeaders(string instId)
    {
        string timestamp = DateTime.UtcNow.ToString("o");
        return Headers(timestamp, Sign(timestamp + "GET/api/v5/trade/orders-history?instId=" + instId));
    }

    /// <summary>The signing headers of a cancel-all.</summary>
    /// <returns>The headers.</returns>
    public Dictionary<string, string> CancelAllHeaders()
    {
        string timestamp = $"{DateTimeOffset.Now:yyyy-MM-ddTHH:mm:ss.fffZ}";
        return Headers(timestamp, Sign(timestamp + "POST/api/v5/trade/cancel-all-after{\"timeOut\":\"0\"}"));
    }

    private static Dictionary<string, string> Headers(string timestamp, string signature) => new(StringComparer.Ordinal)
    {
        ["OK-ACCESS-SIGN"] = signature,
        ["OK-ACCESS-TIMESTAMP"] = timestamp,
    };

    private string Sign(string prehash)
    {
        using (var hmac = new HMACSHA256(_secret))
        {
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
        }
    }
}
