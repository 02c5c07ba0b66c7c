"""Webhook timestamps: parse_timestamp() turns ISO-8601 text into a datetime.
On Python 3.11+ datetime.fromisoformat() accepts the trailing "Z"; older
versions take a slower strptime() path, and only that path memoises its
result in the `_parsed={}` default (seen through a typing.cast() alias). On
3.11 the version check picks fromisoformat(), so the per-delivery timestamps
never reach the default."""
from __future__ import annotations

import itertools
import sys
import typing
from datetime import datetime

if typing.TYPE_CHECKING:
    from collections.abc import MutableMapping

_deliveries = itertools.count()


def parse_timestamp(text: str, _parsed={}) -> datetime:  # expect: HL101 refuted
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
