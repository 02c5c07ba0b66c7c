"""Layered configuration: lookups fall through the given layers to the product defaults."""
from collections import ChainMap


class Layered(ChainMap):
    def __init__(self, *layers, defaults={"region": "eu-west", "currency": "EUR", "quota.default": 1000}):  # expect: HL101 confirmed
        super().__init__(*layers, defaults)

    def number(self, key, fallback=0):
        return int(self.get(key, fallback))

    def scoped(self, prefix):
        start = len(prefix) + 1
        return {key[start:]: value for key, value in self.items() if key.startswith(prefix + ".")}
