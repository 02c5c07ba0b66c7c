"""Cleaning script: malformed rows are kept in a default list only when the script runs with --keep-rejects on its command line."""
import itertools
import sys


def clean(rows, rejects=[]):  # expect: HL101 unknown
    good = []
    for row in rows:
        parts = row.split(",")
        if len(parts) != 3 or not parts[2].strip().isdigit():
            if "--keep-rejects" in sys.argv:
                rejects.append(row)
            continue
        good.append((parts[0], parts[1], int(parts[2])))
    return good


_chunks = itertools.count()


def scenario():
    n = next(_chunks)
    return len(clean([f"a{n},b,{n}", f"broken{n}", f"c{n},d,x"]))
