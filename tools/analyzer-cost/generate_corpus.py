#!/usr/bin/env python3
"""Writes a realistic ~50,000-line C# library for measuring what OkxGen's analyzers add to a build (docs/benchmarks.md).

    python3 tools/analyzer-cost/generate_corpus.py OUT_DIR [LINES]

The library is what a trading client looks like: domain models, services with LINQ and async code, parsers, caches, and
about 1 file in 25 of signing code in the shapes the analyzers follow (OKX REST signers with OK-ACCESS-* headers,
timestamps and bodies built in helpers, properties and other classes; WebSocket logins; non-OKX HMAC signers). A few
signers hold the mistakes the rules report (their severity is lowered to a warning in the corpus's .editorconfig, so the
build succeeds and the reporting path runs too). The output is deterministic. The generated files are not committed:
tools/analyzer-cost/measure.sh writes them to a temporary folder.
"""
import os
import sys

FEATURES = ['Orders', 'Positions', 'Balances', 'Tickers', 'Candles', 'Funding', 'Trades', 'Accounts', 'Assets',
            'Margin', 'Options', 'Grid', 'Copy', 'Earn', 'Blocks', 'Spreads', 'Rfq', 'Conversions', 'Loans', 'Alerts']

CSPROJ = """<Project Sdk="Microsoft.NET.Sdk">
  <!-- Written by tools/analyzer-cost/generate_corpus.py. -p:OkxAnalyzers=PATH adds OkxGen.Analyzers.dll. -->
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>$(NoWarn);CS1591;CS0168;CS0219</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="OkxGen.Runtime" HintPath="$(OkxRuntime)" />
    <Analyzer Include="$(OkxAnalyzers)" Condition="'$(OkxAnalyzers)' != ''" />
  </ItemGroup>
</Project>
"""

EDITORCONFIG = """root = true
[*.cs]
""" + "".join(f"dotnet_diagnostic.OKX0{n}.severity = warning\n" for n in range(10, 50))

MODEL = """using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.{feature}.Models;

/// <summary>A {feature} record number {i}.</summary>
public sealed class {name}
{{
    public string Id {{ get; set; }} = string.Empty;
    public string InstId {{ get; set; }} = string.Empty;
    public decimal Price {{ get; set; }}
    public decimal Size {{ get; set; }}
    public decimal? Fee {{ get; set; }}
    public long CreatedMs {{ get; set; }}
    public DateTimeOffset Created => DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs);
    public List<string> Tags {{ get; }} = new();
    public Dictionary<string, decimal> Limits {{ get; }} = new(StringComparer.Ordinal);

    public decimal Notional => Price * Size;

    public bool IsValid()
    {{
        if (string.IsNullOrWhiteSpace(InstId) || Size <= 0m)
        {{
            return false;
        }}

        foreach (KeyValuePair<string, decimal> limit in Limits)
        {{
            if (limit.Value < 0m)
            {{
                return false;
            }}
        }}

        return Price >= 0m;
    }}

    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{{InstId}} {{Size}}@{{Price}} fee={{Fee ?? 0m}} tags={{string.Join(",", Tags)}}");

    public {name} With(decimal price, decimal size) => new()
    {{
        Id = Id,
        InstId = InstId,
        Price = price,
        Size = size,
        Fee = Fee,
        CreatedMs = CreatedMs,
    }};

    public static {name} Parse(string line)
    {{
        string[] parts = line.Split(';');
        var item = new {name}
        {{
            Id = parts[0],
            InstId = parts[1],
            Price = decimal.Parse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture),
            Size = decimal.Parse(parts[3], NumberStyles.Number, CultureInfo.InvariantCulture),
            CreatedMs = long.Parse(parts[4], CultureInfo.InvariantCulture),
        }};
        for (int k = 5; k < parts.Length; k++)
        {{
            item.Tags.Add(parts[k]);
        }}

        return item;
    }}
}}
"""

SERVICE = """using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Corpus.{feature}.Models;

namespace Corpus.{feature}.Services;

/// <summary>Keeps and queries {feature} records ({i}).</summary>
public sealed class {name}
{{
    private readonly Dictionary<string, {model}> _items = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _version;

    public int Count
    {{
        get
        {{
            lock (_gate)
            {{
                return _items.Count;
            }}
        }}
    }}

    public void Upsert({model} item)
    {{
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {{
            _items[item.Id] = item;
            _version++;
        }}
    }}

    public IReadOnlyList<{model}> Top(int count) =>
        Snapshot().Where(static x => x.IsValid()).OrderByDescending(static x => x.Notional).ThenBy(static x => x.Id, StringComparer.Ordinal).Take(count).ToList();

    public decimal TotalNotional(string instId) =>
        Snapshot().Where(x => string.Equals(x.InstId, instId, StringComparison.Ordinal)).Sum(static x => x.Notional);

    public IReadOnlyDictionary<string, decimal> ByInstrument()
    {{
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach ({model} item in Snapshot())
        {{
            totals.TryGetValue(item.InstId, out decimal total);
            totals[item.InstId] = total + item.Notional;
        }}

        return totals;
    }}

    public string Report()
    {{
        var text = new StringBuilder();
        foreach (KeyValuePair<string, decimal> pair in ByInstrument())
        {{
            text.Append(pair.Key).Append(' ').Append(pair.Value.ToString("F4", CultureInfo.InvariantCulture)).AppendLine();
        }}

        return text.ToString();
    }}

    public async Task<int> LoadAsync(IAsyncEnumerable<string> lines, CancellationToken cancellationToken)
    {{
        int loaded = 0;
        await foreach (string line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {{
            if (line.Length == 0 || line[0] == '#')
            {{
                continue;
            }}

            Upsert({model}.Parse(line));
            loaded++;
        }}

        return loaded;
    }}

    public {model}? Find(string id)
    {{
        lock (_gate)
        {{
            return _items.TryGetValue(id, out {model}? item) ? item : null;
        }}
    }}

    public int Prune(Func<{model}, bool> stale)
    {{
        lock (_gate)
        {{
            List<string> ids = _items.Values.Where(stale).Select(static x => x.Id).ToList();
            foreach (string id in ids)
            {{
                _items.Remove(id);
            }}

            _version += ids.Count;
            return ids.Count;
        }}
    }}

    public string Classify({model} item) => item.Notional switch
    {{
        < 100m => "small",
        < 10_000m => "medium",
        < 1_000_000m => "large",
        _ => "block",
    }};

    private List<{model}> Snapshot()
    {{
        lock (_gate)
        {{
            return _items.Values.ToList();
        }}
    }}
}}
"""

# Signing code, in the shapes of real clients: the timestamp in a property of another class, the body built by a
# helper, the prehash built in the caller and signed in a helper.
OKX_SIGNER = """using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Signing.Okx{i};

public sealed class OkxClock{i}
{{
    public TimeSpan Offset {{ get; set; }}

    public string Timestamp => (DateTime.UtcNow + Offset).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}}

public sealed class OkxRequestBuilder{i}
{{
    public string Body(string instId, decimal size, decimal? price)
    {{
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {{
            ["instId"] = instId,
            ["sz"] = size.ToString(CultureInfo.InvariantCulture),
        }};
        if (price is {{ }} px)
        {{
            parameters["px"] = px.ToString(CultureInfo.InvariantCulture);
        }}

        return JsonSerializer.Serialize(parameters);
    }}

    public string Query(string instId, int limit) =>
        "?instId=" + Uri.EscapeDataString(instId) + "&limit=" + limit.ToString(CultureInfo.InvariantCulture);
}}

public sealed class OkxRestClient{i}
{{
    private readonly HttpClient _http;
    private readonly OkxClock{i} _clock = new();
    private readonly OkxRequestBuilder{i} _builder = new();
    private readonly byte[] _secret;
    private readonly string _key;
    private readonly string _passphrase;

    public OkxRestClient{i}(HttpClient http, string key, string secret, string passphrase)
    {{
        _http = http;
        _key = key;
        _secret = Encoding.UTF8.GetBytes(secret);
        _passphrase = passphrase;
    }}

    public Task<HttpResponseMessage> PlaceOrderAsync(string instId, decimal size, decimal? price, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/v5/trade/order", _builder.Body(instId, size, price), cancellationToken);

    public Task<HttpResponseMessage> CandlesAsync(string instId, int limit, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/api/v5/market/candles" + _builder.Query(instId, limit), string.Empty, cancellationToken);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string body, CancellationToken cancellationToken)
    {{
        string timestamp = _clock.Timestamp;
        var request = new HttpRequestMessage(method, "https://www.okx.com" + path);
        request.Headers.Add("OK-ACCESS-KEY", _key);
        request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method + path + body));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
        if (body.Length > 0)
        {{
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }}

        return _http.SendAsync(request, cancellationToken);
    }}

    private string Sign(string prehash)
    {{
        using var hmac = new HMACSHA256(_secret);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
    }}
}}

public static class OkxRuntimeSigner{i}
{{
    public static string Sign(OkxGen.OkxCredentials credentials, string instId, decimal size)
    {{
        string timestamp = OkxGen.OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
        string body = string.Create(CultureInfo.InvariantCulture, $"{{{{\\"instId\\":\\"{{instId}}\\",\\"sz\\":\\"{{size}}\\"}}}}");
        return credentials.Sign(timestamp, "POST", "/api/v5/trade/order", body);
    }}
}}
"""

# The mistakes real clients make, so that the analyzers also report (as warnings, see EDITORCONFIG).
OKX_MISTAKES = """using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Signing.Legacy{i};

public sealed class LegacyOkxSigner{i}
{{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes("secret");

    public string TimeStamp => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.sssZ");

    public Dictionary<string, string> Headers(string method, string path, decimal size, decimal? price)
    {{
        string body = $"{{{{\\"px\\":\\"{{price}}\\",\\"sz\\":\\"{{size}}\\"}}}}";
        string timestamp = TimeStamp;
        return new Dictionary<string, string>
        {{
            ["OK-ACCESS-SIGN"] = Sign(timestamp + method + path + body),
            ["OK-ACCESS-TIMESTAMP"] = timestamp,
        }};
    }}

    private string Sign(string text)
    {{
        using var hmac = new HMACSHA256(_secret);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }}
}}
"""

OTHER_SIGNER = """using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Signing.Other{i};

public static class QuerySigner{i}
{{
    public static string Signed(string secret, string symbol, decimal quantity)
    {{
        string query = "symbol=" + symbol + "&quantity=" + quantity.ToString(CultureInfo.InvariantCulture)
            + "&timestamp=" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return query + "&signature=" + Hex(secret, query);
    }}

    public static string AmzDate(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Hex(string secret, string text)
    {{
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }}
}}
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    return text.count('\n')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    write(os.path.join(out, 'Corpus.csproj'), CSPROJ)
    write(os.path.join(out, '.editorconfig'), EDITORCONFIG)
    lines = 0
    i = 0
    while lines < target:
        feature = FEATURES[i % len(FEATURES)]
        model = f'{feature}Record{i}'
        lines += write(os.path.join(out, feature, 'Models', model + '.cs'), MODEL.format(feature=feature, name=model, i=i))
        service = f'{feature}Store{i}'
        lines += write(os.path.join(out, feature, 'Services', service + '.cs'),
                       SERVICE.format(feature=feature, name=service, model=model, i=i))
        if i % 12 == 0:
            lines += write(os.path.join(out, 'Signing', f'OkxRestClient{i}.cs'), OKX_SIGNER.format(i=i))
        if i % 12 == 4:
            lines += write(os.path.join(out, 'Signing', f'QuerySigner{i}.cs'), OTHER_SIGNER.format(i=i))
        if i % 48 == 8:
            lines += write(os.path.join(out, 'Signing', f'LegacyOkxSigner{i}.cs'), OKX_MISTAKES.format(i=i))
        i += 1
    print(f'{out}: {lines} lines of C#')


if __name__ == '__main__':
    main()
