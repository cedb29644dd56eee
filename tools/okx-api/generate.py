#!/usr/bin/env python3
"""Writes OkxGen.Api's declarations, its endpoint table and OkxGen.Testing's documented examples from the spec files.

The spec files (tools/okx-api/spec/*.txt) are a transcription of OKX's V5 documentation (mirrored in the public repo
qiuham/crypto-api-docs, docs/okx/); every endpoint names the page it was read from. Run from the repository root:
    python3 tools/okx-api/generate.py
Line kinds (one record per line, tokens separated by spaces):
    [Trade]                         section: namespace OkxGen.Api.Trade, folder src/OkxGen.Api/Trade
    @ METHOD PATH Name LIMIT/WINDOW RULE [public] [exp] [ws=OP] page=PAGE   an endpoint; the record is NameRequest;
                                    ws=OP: also a WebSocket order operation (WebSocketOp = "OP")
    > wire[!|?][:type] ...          the request parameters: ! required, ? conditional (optional in C#), else optional
    > body:[NameRequest]            a batch endpoint whose body is a JSON array of another endpoint's request
    ~ text                          the rate-limit rule as the page words it, when the declared rule differs
    < Type                          the element type of data; none: JsonElement
    = JSON                          the documentation's example of data (an array)
    $ Type wire[:type] ...          a response record
    % Type wire[!|?][:type] ...     a nested request object
    ! Enum wire ...                 a request enum (closed sets only; see src/OkxGen.Api/README.md)
Types: s string (default), d decimal, i int, l long, b bool, t Unix-ms timestamp (DateTimeOffset, written and read as
Unix milliseconds), [s] list of strings, [X] list of X, X an enum, record or nested object of the spec.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPEC = os.path.join(ROOT, 'tools', 'okx-api', 'spec')
API = os.path.join(ROOT, 'src', 'OkxGen.Api')
EXAMPLES = os.path.join(ROOT, 'src', 'OkxGen.Testing', 'Responses', 'documented-examples.json')
DOC_BASE = 'qiuham/crypto-api-docs docs/okx/'
RULES = {'Ip': 'IP', 'User': 'User ID', 'UserAndInstrument': 'User ID + Instrument ID',
         'UserAndInstrumentFamily': 'User ID + Instrument Family', 'IpAndInstrument': 'IP + Instrument ID',
         'IpAndInstrumentFamily': 'IP + Instrument Family', 'IpAndInstrumentType': 'IP + Instrument Type',
         'UserAndInstrumentType': 'User ID + Instrument Type', 'UserAndCurrency': 'User ID + Currency',
         'UserAndTag': 'User ID + tag'}
HEADER = '// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.\n'


def pascal(wire):
    return wire[0].upper() + wire[1:]


def snake(name):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', name).lower()


class Param:
    def __init__(self, token):
        name, _, typ = token.partition(':')
        self.required = name.endswith('!')
        self.conditional = name.endswith('?')
        self.wire = name.rstrip('!?')
        self.type = typ or 's'

    def marked(self):
        return self.wire + ('!' if self.required else '?' if self.conditional else '')


class Endpoint:
    def __init__(self, section, tokens, line):
        self.section = section
        self.method, self.path, self.name, limit, self.rule = tokens[:5]
        self.count, self.window = (int(x) for x in limit.split('/'))
        flags = tokens[5:]
        self.signed = 'public' not in flags
        self.exp = 'exp' in flags
        self.ws_op = next((f[3:] for f in flags if f.startswith('ws=')), None)
        pages = [f[5:] for f in flags if f.startswith('page=')]
        if not pages or self.rule not in RULES:
            sys.exit(f'line {line}: an endpoint needs a page= and a rule of {sorted(RULES)}')
        self.page = pages[0]
        self.params, self.body, self.response, self.example = [], None, None, None
        self.documented_rule = None


def parse():
    sections, endpoints, records, objects, enums = [], [], {}, {}, {}
    for file in sorted(os.listdir(SPEC)):
        section, current = None, None
        for number, raw in enumerate(open(os.path.join(SPEC, file), encoding='utf-8'), 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            kind, _, rest = line.partition(' ')
            where = f'{file}:{number}'
            if line.startswith('['):
                section = line.strip('[]')
                sections.append(section)
            elif kind == '@':
                current = Endpoint(section, rest.split(), where)
                endpoints.append(current)
            elif kind == '>':
                for token in rest.split():
                    if token.startswith('body:'):
                        current.body = token[5:].strip('[]')
                    else:
                        current.params.append(Param(token))
            elif kind == '~':
                current.documented_rule = rest.strip()
            elif kind == '<':
                current.response = rest.strip()
            elif kind == '=':
                data = json.loads(rest)
                current.example = data
            elif kind == '$':
                name, *fields = rest.split()
                records[(section, name)] = [Param(f) for f in fields]
            elif kind == '%':
                name, *fields = rest.split()
                objects[(section, name)] = [Param(f) for f in fields]
            elif kind == '!':
                name, *values = rest.split()
                enums[(section, name)] = values
            else:
                sys.exit(f'{where}: unknown line')
    return sections, endpoints, records, objects, enums


def cs_type(typ, response, known):
    scalar = {'s': 'string', 'd': 'decimal', 'i': 'int', 'l': 'long', 'b': 'bool',
              't': 'global::System.DateTimeOffset'}
    if typ in scalar:
        return scalar[typ]
    if typ.startswith('['):
        return f'global::System.Collections.Generic.IReadOnlyList<{cs_type(typ[1:-1], response, known)}>'
    if typ in known:
        return typ
    if typ in SHARED_ENUMS:
        return f'global::OkxGen.Api.{SHARED_ENUMS[typ]}.{typ}'
    sys.exit(f'unknown type {typ}')


def describe(wire):
    return f'OKX\'s <c>{wire}</c>.'


def properties(params, response, known, indent='    '):
    out = []
    for p in params:
        t = cs_type(p.type, response, known)
        out.append(f'{indent}/// <summary>{describe(p.wire)}{" Required." if p.required else " Conditional: see the endpoint page." if p.conditional else ""}</summary>')
        if p.required and not response:
            out.append(f'{indent}public required {t} {pascal(p.wire)} {{ get; init; }}')
        else:
            out.append(f'{indent}public {t}? {pascal(p.wire)} {{ get; init; }}')
        out.append('')
    if out:
        out.pop()
    return out


def words(name):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r' \1', name).lower()


def write_section(section, endpoints, records, objects, enums):
    folder = os.path.join(API, section)
    os.makedirs(folder, exist_ok=True)
    ns = f'OkxGen.Api.{section}'
    known = {n for (s, n) in list(records) + list(objects) + list(enums) if s == section}
    known |= {e.name + 'Request' for e in endpoints if e.section == section}
    req = [HEADER, 'using OkxGen;\n', f'namespace {ns};\n']
    for e in (e for e in endpoints if e.section == section):
        attrs = [f'"{e.method}"', f'"{e.path}"']
        if e.response:
            attrs.append(f'Response = typeof({e.response})')
        if not e.signed:
            attrs.append('Signed = false')
        if e.exp:
            attrs.append('AcceptsExpTime = true')
        if e.ws_op:
            attrs.append(f'WebSocketOp = "{e.ws_op}"')
        attrs += [f'RateLimit = {e.count}', f'RateLimitWindowSeconds = {e.window}', f'RateLimitRule = OkxRateLimitRule.{e.rule}']
        req.append(f'/// <summary>{words(e.name).capitalize()}: <c>{e.method} {e.path}</c>, {e.count} requests per {e.window} s by {RULES[e.rule]}.</summary>')
        req.append(f'/// <remarks>OKX documentation: {DOC_BASE}{e.page}.</remarks>')
        req.append(f'[OkxEndpoint({", ".join(attrs)})]')
        req.append(f'public partial record {e.name}Request')
        req.append('{')
        if e.body:
            req.append(f'    /// <summary>The requests, sent as the body\'s JSON array.</summary>')
            req.append('    [OkxBody]')
            req.append(f'    public required global::System.Collections.Generic.IReadOnlyList<{e.body}> Items {{ get; init; }}')
        req += properties(e.params, False, known)
        req.append('}\n')
    for (s, name), params in objects.items():
        if s == section:
            req.append(f'/// <summary>A nested object of a {section.lower()} request.</summary>')
            req.append(f'public sealed record {name}\n{{')
            req += properties(params, False, known)
            req.append('}\n')
    for (s, name), values in enums.items():
        if s == section:
            req.append(f'/// <summary>OKX\'s <c>{name[0].lower() + name[1:]}</c> values.</summary>')
            req.append(f'public enum {name}\n{{')
            for v in values:
                member = ''.join(part[:1].upper() + part[1:] for part in re.split(r'[_\-]', v.lower()))
                req.append(f'    /// <summary><c>{v}</c>.</summary>')
                if snake(member) != v:
                    req.append(f'    [OkxValue("{v}")]')
                req.append(f'    {member},\n')
            req[-1] = req[-1].rstrip('\n')
            req.append('}\n')
    write(os.path.join(folder, f'{section}Requests.cs'), '\n'.join(req))
    res = [HEADER, f'namespace {ns};\n']
    for (s, name), fields in records.items():
        if s == section:
            res.append(f'/// <summary>An item of OKX\'s <c>data</c> array ({words(name)}).</summary>')
            res.append(f'public sealed record {name}\n{{')
            res += properties(fields, True, known)
            res.append('}\n')
    if len(res) > 2:
        write(os.path.join(folder, f'{section}Responses.cs'), '\n'.join(res))


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text.rstrip('\n') + '\n')


SHARED_ENUMS = {}

SECTION_NOTES = {
    'Trade': 'Order book trading: trade and algo trading. Complete for the REST endpoints of both pages.',
    'Market': 'Order book trading: market data, plus the /market endpoints of the Public data page. Complete.',
    'Public': 'Public data. Complete.',
    'Account': 'Trading account, plus the /account/subaccount endpoints of the Sub-account page. Complete.',
    'Asset': 'Funding account up to convert history, plus the /asset/subaccount endpoints of the Sub-account page. '
             'Not declared: the fiat endpoints (/api/v5/fiat) that follow on the same page.',
    'SubAccount': 'Sub-account (/api/v5/users). Complete.',
    'Rubik': 'Trading statistics. Complete; every answer but the supported coins is an array of arrays, so raw JSON.',
    'TradingBot': 'Grid trading (/api/v5/tradingBot/grid, and the RSI back testing of /api/v5/tradingBot/public): every '
                  'REST endpoint of the grid page. Not declared yet: signal bots, recurring buy and DCA.',
    'Finance': 'Earn products (/api/v5/finance): simple earn flexible (/savings) and on-chain earn (/staking-defi). Not '
               'declared yet: ETH and SOL staking (/staking-defi/eth, /staking-defi/sol), dual investment, stable '
               'rewards and flexible loan.',
}


def write_coverage(sections, endpoints):
    lines = ['<!-- coverage: written by tools/okx-api/generate.py -->', '## Coverage', '',
             '| Namespace | Endpoints | Typed | Raw JSON | Notes |', '|---|---|---|---|---|']
    for section in dict.fromkeys(sections):
        mine = [e for e in endpoints if e.section == section]
        typed = sum(1 for e in mine if e.response)
        lines.append(f'| `OkxGen.Api.{section}` | {len(mine)} | {typed} | {len(mine) - typed} | {SECTION_NOTES[section]} |')
    total = len(endpoints)
    typed = sum(1 for e in endpoints if e.response)
    lines += [f'| **All** | {total} | {typed} | {total - typed} | |', '',
              'Endpoints answered as `JsonElement` (arrays of arrays, objects keyed by value, or shapes that vary):', '']
    lines += [f'- `{e.method} {e.path}` ({e.name}Request)' for e in endpoints if not e.response]
    objects = [e for e in endpoints if isinstance(e.example, dict)]
    lines += ['', 'OKX answers ' + ' and '.join(f'`{e.method} {e.path}`' for e in objects) + ' with one object as `data`, '
              'not an array: `OkxResponse.Data` holds that object as its one item.']
    lines += ['', 'Not covered yet: signal bots, recurring buy and DCA, copy trading, block and spread trading, the other '
              'earn products (/api/v5/finance), affiliate and fiat endpoints.', '<!-- /coverage -->']
    path = os.path.join(API, 'README.md')
    text = open(path, encoding='utf-8').read()
    start, end = text.index('<!-- coverage'), text.index('<!-- /coverage -->') + len('<!-- /coverage -->')
    write(path, text[:start] + '\n'.join(lines) + text[end:])


def main():
    sections, endpoints, records, objects, enums = parse()
    for (section, name), fields in list(records.items()) + list(objects.items()):
        if name in (pascal(f.wire) for f in fields) or name == section:
            sys.exit(f'{section}.{name}: a member or the namespace has the name of the type; rename the type')
    SHARED_ENUMS.update({name: section for (section, name) in enums})
    by_name = {(e.section, e.name + 'Request'): e for e in endpoints}
    for section in dict.fromkeys(sections):
        write_section(section, endpoints, records, objects, enums)
    rows = ['method\tpath\tauth\trate_limit\twindow_seconds\trule\texp_time\tparameters\tpage\tdocumented_rule']
    for e in endpoints:
        params = e.params
        if e.body:
            params = by_name[(e.section, e.body)].params if (e.section, e.body) in by_name else objects[(e.section, e.body)]
        rows.append('\t'.join([e.method, e.path, 'signed' if e.signed else 'public', str(e.count), str(e.window),
                               RULES[e.rule], 'yes' if e.exp else 'no', ','.join(p.marked() for p in params) or '-', e.page,
                               e.documented_rule or RULES[e.rule]]))
    write(os.path.join(API, 'endpoints.tsv'), '\n'.join(rows))
    examples = {f'{e.method} {e.path}': e.example for e in endpoints if e.example is not None}
    missing = [f'{e.method} {e.path}' for e in endpoints if e.example is None]
    with open(EXAMPLES, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(examples, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write('\n')
    write_coverage(sections, endpoints)
    print(f'{len(endpoints)} endpoints, {sum(1 for e in endpoints if e.response)} typed, examples missing: {missing}')


main()
