"""Clamping: upper bounds are an annotated Mapping with an empty dict default, only read."""
from typing import Dict, Mapping


def clamp(values: Dict[str, int], bounds: Mapping[str, int] = {}) -> Dict[str, int]:  # expect: HL101 refuted
    return {key: min(value, bounds.get(key, value)) for key, value in values.items()}
