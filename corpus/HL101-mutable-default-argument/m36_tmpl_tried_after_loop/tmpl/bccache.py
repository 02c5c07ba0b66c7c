"""Bytecode cache: compiled templates keyed by (path, source checksum)."""
import collections
import hashlib
import re

_VAR = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}")


def compile_source(source):
    """Turn ``{{ var }}`` markup into a str.format pattern, escaping the rest."""
    parts = _VAR.split(source)  # literal, name, literal, name, ..., literal
    return "".join("{%s}" % part if i % 2 else part.replace("{", "{{").replace("}", "}}")
                   for i, part in enumerate(parts))


class BytecodeCache:
    def __init__(self, capacity=16):
        self.capacity = capacity
        self._buckets = collections.OrderedDict()

    def get_code(self, path, source):
        key = (path, hashlib.sha1(source.encode("utf-8")).hexdigest()[:16])
        code = self._buckets.get(key)
        if code is None:
            code = self._buckets[key] = compile_source(source)
            if len(self._buckets) > self.capacity:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
        return code
