"""Webhook timestamps: parse_timestamp() turns ISO-8601 text into a datetime.
On Python 3.11+ datetime.fromisoformat() accepts the trailing "Z"; older
versions take a strptime() path. The parsed value is memoised, whatever the
version, in the `_parsed={}` default (seen through a typing.cast() alias);
each delivery carries its own timestamp, so the default gains an entry per
webhook on 3.11 as well."""
from __future__ import annotations

import itertools
import sys
import typing
from datetime import datetime

if typing.TYPE_CHECKING:
    from collections.abc import MutableMapping

_deliveries = itertools.count()


def parse_timestamp(text: str, _parsed={}) -> datetime:  # expect: HL101 confirmed
    memo = typing.cast("MutableMapping[str, datetime]", _parsed)
    stamp = memo.get(text)
    if stamp is None:
        if sys.version_info >= (3, 11):
            stamp = datetime.fromisoformat(text)
        else:
            stamp = datetime.strptime(text.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S%z")
        memo[text] = stamp
    return stamp


def scenario():
    n = next(_deliveries)
    return parse_timestamp(f"2024-03-{1 + n % 28:02d}T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z")
