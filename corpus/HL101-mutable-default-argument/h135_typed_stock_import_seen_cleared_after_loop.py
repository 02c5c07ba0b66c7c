"""Typed stock import: `unique_rows` is a generator that parses `sku,qty` lines
and skips repeated SKUs, resetting its `seen` set once the input is exhausted.
The caller stops at the first row over its limit, so the generator is closed at
the `yield` and the `clear()` after the loop never runs: the SKUs stay."""
from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_batches = itertools.count()


def unique_rows(lines: Iterable[str], seen: set[str] = set()) -> Iterator[tuple[str, int]]:  # expect: HL101 confirmed
    for line in lines:
        sku, _, qty = line.strip().partition(",")
        if sku in seen or not qty.isdigit():
            continue
        seen.add(sku)
        yield sku, int(qty)
    seen.clear()


def reserve(lines: Iterable[str], limit: int) -> dict[str, int]:
    picked: dict[str, int] = {}
    for sku, qty in unique_rows(lines):
        if qty > limit:
            break
        picked[sku] = qty
    return picked


def scenario():
    n = next(_batches)
    return reserve([f"A-{n},3", f"A-{n},4", "# header", f"B-{n},90", f"C-{n},1"], limit=50)
