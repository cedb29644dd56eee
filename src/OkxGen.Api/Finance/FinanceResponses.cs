// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Finance;

/// <summary>An item of OKX's <c>data</c> array (saving balance).</summary>
public sealed record SavingBalance
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>earnings</c>.</summary>
    public decimal? Earnings { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>loanAmt</c>.</summary>
    public decimal? LoanAmt { get; init; }

    /// <summary>OKX's <c>pendingAmt</c>.</summary>
    public decimal? PendingAmt { get; init; }

    /// <summary>OKX's <c>redemptAmt</c>.</summary>
    public decimal? RedemptAmt { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (savings purchase redemption result).</summary>
public sealed record SavingsPurchaseRedemptionResult
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (lending rate setting).</summary>
public sealed record LendingRateSetting
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (lending record).</summary>
public sealed record LendingRecord
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>earnings</c>.</summary>
    public decimal? Earnings { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (public borrow info).</summary>
public sealed record PublicBorrowInfo
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>avgAmt</c>.</summary>
    public decimal? AvgAmt { get; init; }

    /// <summary>OKX's <c>avgAmtUsd</c>.</summary>
    public decimal? AvgAmtUsd { get; init; }

    /// <summary>OKX's <c>avgRate</c>.</summary>
    public decimal? AvgRate { get; init; }

    /// <summary>OKX's <c>preRate</c>.</summary>
    public decimal? PreRate { get; init; }

    /// <summary>OKX's <c>estRate</c>.</summary>
    public decimal? EstRate { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (public borrow rate).</summary>
public sealed record PublicBorrowRate
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>rate</c>.</summary>
    public decimal? Rate { get; init; }

    /// <summary>OKX's <c>lendingRate</c>.</summary>
    public decimal? LendingRate { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}
