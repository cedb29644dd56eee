using System;
using System.Collections.Generic;
using System.Globalization;
using OkxGen.Testing.Instruments;

namespace OkxGen.Testing.Orders;

/// <summary>The filters and pagination of OKX's order lists: <c>instType</c>, <c>instFamily</c>, <c>instId</c>, <c>ordType</c> (a comma list), <c>state</c>, <c>after</c>, <c>before</c>, <c>limit</c>.</summary>
internal static class OrderQuery
{
    private const int MaxLimit = 100;

    public static bool Matches(OkxTestOrder order, RecordedRequest request) =>
        Is(request.GetQueryValue("instType"), order.InstType)
        && Is(request.GetQueryValue("instFamily"), InstrumentCatalogue.FamilyOf(order.InstType, order.InstId))
        && Is(request.GetQueryValue("instId"), order.InstId)
        && Is(request.GetQueryValue("state"), order.State)
        && IsOneOf(request.GetQueryValue("ordType"), order.OrdType)
        && IsBetween(order.OrdId, request.GetQueryValue("after"), request.GetQueryValue("before"));

    /// <summary>The first <c>limit</c> orders (100 at most and by default) of a newest-first list.</summary>
    public static List<OkxTestOrder> Page(List<OkxTestOrder> newestFirst, RecordedRequest request)
    {
        int limit = int.TryParse(request.GetQueryValue("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out int asked) && asked is > 0 and <= MaxLimit
            ? asked
            : MaxLimit;
        return newestFirst.Count <= limit ? newestFirst : newestFirst.GetRange(0, limit);
    }

    private static bool Is(string? filter, string value) => string.IsNullOrEmpty(filter) || filter == value;

    private static bool IsOneOf(string? filter, string value) =>
        string.IsNullOrEmpty(filter) || Array.IndexOf(filter.Split(','), value) >= 0;

    /// <summary><c>after</c>: older than that order id; <c>before</c>: newer. Order ids grow with time.</summary>
    private static bool IsBetween(string ordId, string? after, string? before)
    {
        long id = long.Parse(ordId, CultureInfo.InvariantCulture);
        return (string.IsNullOrEmpty(after) || !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out long older) || id < older)
            && (string.IsNullOrEmpty(before) || !long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out long newer) || id > newer);
    }
}
