using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OkxGen.Api.Tests;

/// <summary>
/// Every declaration of OkxGen.Api against src/OkxGen.Api/endpoints.tsv, the table transcribed from OKX's
/// documentation: method, path, authentication, expTime, rate limit, the members' wire names and which are required.
/// </summary>
public sealed class EndpointTableTests
{
    private static readonly IReadOnlyList<EndpointRow> Table = EndpointRow.ReadTable(Path.Combine(AppContext.BaseDirectory, "endpoints.tsv"));

    [Fact]
    public void Table_HasOneRowPerEndpoint()
    {
        Assert.Empty(Table.GroupBy(row => row.Key).Where(group => group.Count() > 1).Select(group => group.Key));
        Assert.True(Table.Count >= 70, $"The table has {Table.Count} rows.");
    }

    [Fact]
    public void EveryTableRow_IsDeclared()
    {
        HashSet<string> declared = DeclaredEndpoints.Types().Select(type => DeclaredEndpoints.Describe(type).Key).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Table, row => !declared.Contains(row.Key));
    }

    [Fact]
    public void EveryDeclaration_IsInTheTable()
    {
        HashSet<string> documented = Table.Select(row => row.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(DeclaredEndpoints.Types().Where(type => !documented.Contains(DeclaredEndpoints.Describe(type).Key)).Select(type => type.FullName));
    }

    [Fact]
    public void EveryDeclaration_MatchesItsDocumentedRow()
    {
        Dictionary<string, EndpointRow> byKey = Table.ToDictionary(row => row.Key, StringComparer.Ordinal);

        List<string> differences = DeclaredEndpoints.Types()
            .Select(DeclaredEndpoints.Describe)
            .Where(declared => byKey.ContainsKey(declared.Key))
            .SelectMany(declared => DeclaredEndpoints.Differences(byKey[declared.Key], declared))
            .ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Declarations_AreInTheNamespaceOfTheirPathSection()
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["trade"] = "Trade", ["market"] = "Market", ["public"] = "Public", ["account"] = "Account",
            ["asset"] = "Asset", ["users"] = "SubAccount", ["rubik"] = "Rubik", ["tradingBot"] = "TradingBot",
            ["finance"] = "Finance",
        };

        List<string> misplaced = DeclaredEndpoints.Types()
            .Where(type => type.Namespace != "OkxGen.Api." + sections[DeclaredEndpoints.Describe(type).Path.Split('/')[3]])
            .Select(type => type.FullName!)
            .ToList();

        Assert.Empty(misplaced);
    }

    [Theory]
    [InlineData("POST\t/api/v5/trade/order\tsigned\t30\t2\tUser ID + Instrument ID\tyes\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px?,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,isElpTakerAccess,attachAlgoOrds\tx\tx", "rate limit")]
    [InlineData("POST\t/api/v5/trade/order\tpublic\t60\t2\tUser ID + Instrument ID\tyes\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px?,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,isElpTakerAccess,attachAlgoOrds\tx\tx", "Signed")]
    [InlineData("POST\t/api/v5/trade/order\tsigned\t60\t2\tUser ID + Instrument ID\tno\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px?,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,isElpTakerAccess,attachAlgoOrds\tx\tx", "AcceptsExpTime")]
    [InlineData("POST\t/api/v5/trade/order\tsigned\t60\t2\tUser ID + Instrument ID\tyes\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px!,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,isElpTakerAccess,attachAlgoOrds\tx\tx", "'px' is not a required member")]
    [InlineData("POST\t/api/v5/trade/order\tsigned\t60\t2\tUser ID + Instrument ID\tyes\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px?,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,isElpTakerAccess,attachAlgoOrds,newParam\tx\tx", "'newParam' is not declared")]
    [InlineData("POST\t/api/v5/trade/order\tsigned\t60\t2\tUser ID + Instrument ID\tyes\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px?,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,attachAlgoOrds\tx\tx", "'isElpTakerAccess' is not a documented parameter")]
    [InlineData("POST\t/api/v5/trade/order\tsigned\t60\t2\tUser ID\tyes\tinstId!,tdMode!,ccy,clOrdId,tag,side!,posSide?,ordType!,sz!,px?,speedBump?,outcome?,pxUsd?,pxVol?,reduceOnly,tgtCcy,banAmend,pxAmendType,tradeQuoteCcy,slippagePct,stpMode,isElpTakerAccess,attachAlgoOrds\tx\tx", "rate limit")]
    public void AWrongRow_IsReported(string wrongRow, string expected)
    {
        EndpointRow declared = DeclaredEndpoints.Describe(typeof(OkxGen.Api.Trade.PlaceOrderRequest));

        List<string> differences = DeclaredEndpoints.Differences(EndpointRow.Parse(wrongRow), declared).ToList();

        Assert.Contains(differences, difference => difference.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheRightRow_ReportsNothing()
    {
        EndpointRow declared = DeclaredEndpoints.Describe(typeof(OkxGen.Api.Trade.PlaceOrderRequest));

        Assert.Empty(DeclaredEndpoints.Differences(Table.Single(row => row.Key == declared.Key), declared));
    }
}
