#!/usr/bin/env python3
"""Expected bytes for request members of the types of issue 14, from Python's standard library only.

Regenerate the vector file (review the diff) with:
    python3 tests/OkxGen.IntegrationTests/Vectors/member_types_oracle.py > tests/OkxGen.IntegrationTests/Vectors/member-types-vectors.json

Each case lists typed inputs by wire name. The script, independently of OkxGen:
- checks each integer against the range of its .NET type and writes it as plain decimal digits (str(int));
- turns each DateTimeOffset, written "YYYY-MM-DDTHH:MM:SS.fffffff+HH:MM" (100 ns ticks, as .NET holds them), into
  Unix milliseconds by integer arithmetic on ticks: the instant's UTC ticks since 0001-01-01, floor-divided by 10,000,
  minus the epoch's 62,135,596,800,000 ms (sub-millisecond ticks are truncated toward the earlier instant);
- writes the body as json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) with every number as a
  JSON string, or the query as sorted k=v pairs percent-encoded outside RFC 3986's unreserved set except ',' (lists
  joined by ','), then the prehash and Base64(HMAC-SHA256(secret, prehash)).
"""
import base64
import datetime
import hashlib
import hmac
import json
import re
import sys
from urllib.parse import quote

RANGES = {
    "byte": (0, 2**8 - 1), "sbyte": (-2**7, 2**7 - 1),
    "short": (-2**15, 2**15 - 1), "ushort": (0, 2**16 - 1),
    "uint": (0, 2**32 - 1), "ulong": (0, 2**64 - 1),
}
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{7})([+-])(\d{2}):(\d{2})$")
TICKS_PER_SECOND = 10_000_000
EPOCH_MILLISECONDS = 62_135_596_800_000


def unix_milliseconds(text):
    y, mo, d, h, mi, s, fraction, sign, oh, om = ISO.match(text).groups()
    days = datetime.date(int(y), int(mo), int(d)).toordinal() - 1
    offset = (int(oh) * 3600 + int(om) * 60) * (1 if sign == "+" else -1)
    utc_ticks = (days * 86400 + int(h) * 3600 + int(mi) * 60 + int(s) - offset) * TICKS_PER_SECOND + int(fraction)
    return utc_ticks // 10_000 - EPOCH_MILLISECONDS


def wire_text(value):
    kind, raw = value["type"], value["value"]
    if kind == "DateTimeOffset":
        return str(unix_milliseconds(raw))
    number = int(raw)
    low, high = RANGES[kind]
    assert low <= number <= high, f"{raw} is not a {kind}"
    return str(number)


def wire_value(value):
    if isinstance(value, list):
        return [wire_value(item) for item in value]
    return wire_text(value)


def case(name, method, path, timestamp, secret, inputs):
    values = {key: wire_value(value) for key, value in inputs.items() if value is not None}
    if method == "POST":
        body = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        request_path = path
    else:
        body = ""
        pairs = sorted((k, ",".join(v) if isinstance(v, list) else v) for k, v in values.items())
        query = "&".join(f"{quote(k, safe='-_.~,')}={quote(v, safe='-_.~,')}" for k, v in pairs)
        request_path = path + ("?" + query if query else "")
    prehash = timestamp + method + request_path + body
    sign = base64.b64encode(hmac.new(secret.encode(), prehash.encode(), hashlib.sha256).digest()).decode()
    return {"name": name, "secretKey": secret, "timestamp": timestamp, "method": method, "path": path,
            "inputs": inputs, "expectedBody": body, "expectedRequestPath": request_path,
            "expectedPrehash": prehash, "expectedSign": sign}


def t(kind, value):
    return {"type": kind, "value": value}


SECRET = "22582BD0CFF14C41EDBF1AB98506286D"
HIGHS = {
    "begin": t("DateTimeOffset", "2024-02-29T23:59:59.9999999+05:30"),
    "end": t("DateTimeOffset", "9999-12-31T23:59:59.9999999+00:00"),
    "u8": t("byte", "255"), "i8": t("sbyte", "127"), "i16": t("short", "32767"), "u16": t("ushort", "65535"),
    "u32": t("uint", "4294967295"), "u64": t("ulong", "18446744073709551615"),
    "nullableU8": t("byte", "200"), "nullableI8": t("sbyte", "-128"), "nullableI16": t("short", "-32768"),
    "nullableU16": t("ushort", "1"), "nullableU32": t("uint", "3000000000"), "nullableU64": t("ulong", "9223372036854775808"),
    "times": [t("DateTimeOffset", "2020-12-08T17:08:57.7150001+08:00"), t("DateTimeOffset", "1970-01-01T00:00:00.0000000+00:00")],
    "ids": [t("ulong", "0"), t("ulong", "18446744073709551615")],
}
LOWS = {
    "begin": t("DateTimeOffset", "0001-01-01T00:00:00.0000000+00:00"),
    "end": None,
    "u8": t("byte", "0"), "i8": t("sbyte", "-128"), "i16": t("short", "-32768"), "u16": t("ushort", "0"),
    "u32": t("uint", "0"), "u64": t("ulong", "0"),
    "nullableU8": None, "nullableI8": None, "nullableI16": None, "nullableU16": None, "nullableU32": None,
    "nullableU64": None, "times": None, "ids": None,
}
# Before 1970 the milliseconds are negative and truncation goes toward the earlier instant: -0.5 ms is -1.
BEFORE_EPOCH = dict(LOWS, begin=t("DateTimeOffset", "1969-12-31T23:59:59.9995000+00:00"),
                    end=t("DateTimeOffset", "1970-01-01T01:00:00.0009999+01:00"),
                    times=[t("DateTimeOffset", "1969-07-20T20:17:40.0000000-00:00")])

CASES = [
    case("member-types-body-highs", "POST", "/api/v5/test/member-types", "2024-02-29T23:59:59.999Z", SECRET, HIGHS),
    case("member-types-body-lows", "POST", "/api/v5/test/member-types", "2020-12-08T09:08:57.715Z", SECRET, LOWS),
    case("member-types-body-before-epoch", "POST", "/api/v5/test/member-types", "2020-12-08T09:08:57.715Z", SECRET, BEFORE_EPOCH),
    case("member-types-query-highs", "GET", "/api/v5/test/member-types", "2024-02-29T23:59:59.999Z", SECRET, HIGHS),
    case("member-types-query-lows", "GET", "/api/v5/test/member-types", "2020-12-08T09:08:57.715Z", SECRET, LOWS),
    case("member-types-query-before-epoch", "GET", "/api/v5/test/member-types", "2020-12-08T09:08:57.715Z", SECRET, BEFORE_EPOCH),
]

if __name__ == "__main__":
    json.dump(CASES, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
