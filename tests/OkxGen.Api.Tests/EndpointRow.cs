using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OkxGen.Api.Tests;

/// <summary>One endpoint as the documentation states it, or as a declaration of OkxGen.Api declares it.</summary>
/// <param name="Parameters">Wire name to <see langword="true"/> when the parameter is required.</param>
internal sealed record EndpointRow(
    string Method,
    string Path,
    bool Signed,
    int RateLimit,
    int WindowSeconds,
    OkxRateLimitRule Rule,
    bool AcceptsExpTime,
    IReadOnlyDictionary<string, bool> Parameters,
    string Source)
{
    public string Key => Method + " " + Path;

    /// <summary>Reads src/OkxGen.Api/endpoints.tsv, the table transcribed from OKX's documentation.</summary>
    public static IReadOnlyList<EndpointRow> ReadTable(string path)
    {
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("method\tpath\tauth\trate_limit\twindow_seconds\trule\texp_time\tparameters\tpage\tdocumented_rule", lines[0]);
        return lines.Skip(1).Where(line => line.Length > 0).Select(Parse).ToList();
    }

    public static EndpointRow Parse(string line)
    {
        string[] cells = line.Split('\t');
        Assert.True(cells.Length == 10, $"A row of endpoints.tsv has {cells.Length} cells, not 10: {line}");
        var parameters = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (string parameter in cells[7] == "-" ? [] : cells[7].Split(','))
        {
            // name! is required; name? is conditional and name optional: neither is a required member.
            parameters.Add(parameter.TrimEnd('!', '?'), parameter.EndsWith('!'));
        }

        return new EndpointRow(
            cells[0],
            cells[1],
            cells[2] switch { "signed" => true, "public" => false, _ => throw new FormatException("auth: " + cells[2]) },
            int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture),
            cells[5] switch
            {
                "IP" => OkxRateLimitRule.Ip,
                "User ID" => OkxRateLimitRule.User,
                "User ID + Instrument ID" => OkxRateLimitRule.UserAndInstrument,
                "User ID + Instrument Family" => OkxRateLimitRule.UserAndInstrumentFamily,
                "IP + Instrument ID" => OkxRateLimitRule.IpAndInstrument,
                "IP + Instrument Family" => OkxRateLimitRule.IpAndInstrumentFamily,
                "IP + Instrument Type" => OkxRateLimitRule.IpAndInstrumentType,
                "User ID + Instrument Type" => OkxRateLimitRule.UserAndInstrumentType,
                "User ID + Currency" => OkxRateLimitRule.UserAndCurrency,
                "User ID + tag" => OkxRateLimitRule.UserAndTag,
                _ => throw new FormatException("rule: " + cells[5]),
            },
            cells[6] switch { "yes" => true, "no" => false, _ => throw new FormatException("exp_time: " + cells[6]) },
            parameters,
            "endpoints.tsv, page " + cells[8]);
    }
}
