#!/usr/bin/env python3
"""Generates the inputs of the memory measurements in bench/memory.md.

    python3 bench/gen_inputs.py big DIR            # DIR/big.py: ~50 MB, 900,000 functions with mutable defaults
    python3 bench/gen_inputs.py tree DIR N         # DIR/pkg/mod_XXXX.py: N files of ~120 KB, no findings

Deterministic: the same arguments always write the same bytes.
"""
import os
import sys


def big(directory, functions=900_000):
    path = os.path.join(directory, "big.py")
    with open(path, "w") as out:
        out.write('"""Generated: %d functions with mutable defaults."""\n\n' % functions)
        for i in range(functions):
            # ~57 bytes per function: 900,000 of them make about 50 MB.
            out.write("def f%d(x, acc=[]):\n    acc.append(x)\n    return acc\n" % i)
    return path


# About 1 KB of ordinary code with no finding of any rule: a class, methods, a loop.
BLOCK = '''
class Record{n}:
    """A plain record; nothing here retains memory."""

    def __init__(self, name, size=0, tags=None):
        self.name = name
        self.size = size
        self.tags = list(tags) if tags is not None else []

    def grow(self, amount):
        total = self.size
        for step in range(amount):
            total += step % 7
        self.size = total
        return total

    def describe(self):
        parts = [self.name, str(self.size)]
        parts.extend(sorted(self.tags))
        return ", ".join(parts)


def build_{n}(names, limit=10):
    records = [Record{n}(name) for name in names[:limit]]
    result = {{}}
    for record in records:
        result[record.name] = record.grow(3)
    return result
'''


def tree(directory, count, size=120 * 1024):
    pkg = os.path.join(directory, "pkg")
    os.makedirs(pkg, exist_ok=True)
    for f in range(count):
        parts = ['"""Generated module %d."""\n' % f]
        n = 0
        length = len(parts[0])
        while length < size:
            block = BLOCK.format(n=n)
            parts.append(block)
            length += len(block)
            n += 1
        with open(os.path.join(pkg, "mod_%04d.py" % f), "w") as out:
            out.write("".join(parts))
    return pkg


def main(argv):
    if len(argv) >= 3 and argv[1] == "big":
        os.makedirs(argv[2], exist_ok=True)
        print(big(argv[2]))
    elif len(argv) >= 4 and argv[1] == "tree":
        os.makedirs(argv[2], exist_ok=True)
        print(tree(argv[2], int(argv[3])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
