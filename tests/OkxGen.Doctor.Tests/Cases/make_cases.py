#!/usr/bin/env python3
"""Captured requests with one known signing mistake each (or two, or none), signed by Python's standard library.

This is the doctor's independent oracle: every signature, and the offset of the first byte where the signed prehash
and the sent prehash part, is computed here, not by OkxGen. Regenerate with:
    python3 tests/OkxGen.Doctor.Tests/Cases/make_cases.py > tests/OkxGen.Doctor.Tests/Cases/doctor-cases.json
"""
import base64, datetime, hashlib, hmac, json, sys

SECRET = "22582BD0CFF14C41EDBF1AB98506286D"
PASSPHRASE = "Pass-phrase_1"
WHEN = datetime.datetime(2020, 12, 8, 9, 8, 57, 715000, tzinfo=datetime.timezone.utc)
ISO = WHEN.strftime("%Y-%m-%dT%H:%M:%S.") + f"{WHEN.microsecond // 1000:03d}Z"
ORDER = {"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "px": "30000.5", "sz": "0.01",
         "attachAlgoOrds": [{"tpTriggerPx": "35000", "slTriggerPx": "25000"}], "tag": "café"}

def compact(obj, sort=True, ascii=False):
    return json.dumps(obj, sort_keys=sort, separators=(",", ":"), ensure_ascii=ascii)

def sign(key, text):
    return base64.b64encode(hmac.new(key.encode(), text, hashlib.sha256).digest()).decode()

def case(name, causes, method="POST", target="/api/v5/trade/order", body=None, timestamp=ISO,
         s_method=None, s_target=None, s_body=None, s_timestamp=None, key=SECRET, outcome="Diagnosed"):
    body = (compact(ORDER) if method == "POST" else "") if body is None else body
    sent_body = body.encode()
    sent = timestamp.encode() + method.encode() + target.encode() + sent_body
    signed_body = sent_body if s_body is None else s_body.encode()
    signed = ((s_timestamp or timestamp).encode() + (s_method or method).encode()
              + (s_target or target).encode() + signed_body)
    offset = next((i for i, (a, b) in enumerate(zip(signed, sent)) if a != b), min(len(signed), len(sent)))
    if signed == sent:
        offset = None
    parts = [("Timestamp", timestamp), ("Method", method), ("RequestTarget", target), ("Body", body)]
    part, in_part, start = None, None, 0
    if offset is not None:
        for p, text in parts:
            n = len(text.encode())
            if offset < start + n or p == "Body":
                part, in_part = p, offset - start
                break
            start += n
    return {"name": name, "method": method, "target": target, "body": body, "timestamp": timestamp,
            "signature": sign(key, signed), "outcome": outcome, "causes": causes,
            "offset": offset, "part": part, "offsetInPart": in_part}

thai = WHEN.replace(year=WHEN.year + 543).strftime("%Y-%m-%dT%H:%M:%S.") + "715Z"
cases = [
    case("valid_post", [], outcome="Valid"),
    case("valid_get", [], method="GET", target="/api/v5/account/balance?ccy=BTC,ETH", outcome="Valid"),
    case("body_python_separators", ["BodyWhitespace"], s_body=json.dumps(ORDER, sort_keys=True)),
    case("body_indented", ["BodyWhitespace"], s_body=json.dumps(ORDER, sort_keys=True, indent=2, ensure_ascii=False)),
    case("body_spaced_sent_compact_signed", ["BodyWhitespace"], body=json.dumps(ORDER, sort_keys=True, ensure_ascii=False), s_body=compact(ORDER)),
    case("body_keys_sorted_for_signature_only", ["BodyKeyOrder"], body=compact(ORDER, sort=False), s_body=compact(ORDER)),
    case("body_ascii_escaped", ["BodyEncoding"], s_body=compact(ORDER, ascii=True)),
    case("body_left_out", ["BodyNotSigned"], s_body=""),
    case("query_not_signed", ["QueryNotSigned"], method="GET", target="/api/v5/account/balance?ccy=BTC,ETH", s_target="/api/v5/account/balance"),
    case("query_signed_decoded_sent_encoded", ["QueryEncoding"], method="GET", target="/api/v5/account/balance?ccy=BTC%2CETH", s_target="/api/v5/account/balance?ccy=BTC,ETH"),
    case("query_signed_encoded_sent_raw", ["QueryEncoding"], method="GET", target="/api/v5/account/balance?ccy=BTC,ETH", s_target="/api/v5/account/balance?ccy=BTC%2CETH"),
    case("timestamp_unix_seconds", ["TimestampFormat"], s_timestamp=str(int(WHEN.timestamp()))),
    case("timestamp_seconds_repeated", ["TimestampFormat"], s_timestamp=WHEN.strftime("%Y-%m-%dT%H:%M:%S.%S") + "Z"),
    case("timestamp_no_milliseconds", ["TimestampFormat"], s_timestamp=WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")),
    case("timestamp_thai_year", ["TimestampFormat"], s_timestamp=thai),
    case("method_lower_case", ["MethodCase"], s_method="post"),
    case("path_without_prefix", ["PathWithoutPrefix"], s_target="/trade/order"),
    case("path_with_host", ["PathWithHost"], s_target="https://www.okx.com/api/v5/trade/order"),
    case("secret_with_newline", ["SecretWhitespace"], key=SECRET + "\n"),
    case("passphrase_as_secret", ["PassphraseAsSecret"], key=PASSPHRASE),
    case("body_spaced_and_timestamp_seconds", ["BodyWhitespace", "TimestampFormat"], s_body=json.dumps(ORDER, sort_keys=True), s_timestamp=str(int(WHEN.timestamp()))),
    case("query_not_signed_and_method_lower", ["QueryNotSigned", "MethodCase"], method="GET", target="/api/v5/account/balance?ccy=BTC", s_target="/api/v5/account/balance", s_method="get"),
    case("body_sorted_and_secret_newline", ["BodyKeyOrder", "SecretWhitespace"], body=compact(ORDER, sort=False), s_body=compact(ORDER), key=SECRET + "\n"),
    case("another_secret", [], key="0" * 32, outcome="Unknown"),
]
json.dump({"secret": SECRET, "passphrase": PASSPHRASE, "cases": cases}, sys.stdout, ensure_ascii=False, indent=1)
print()
