from functools import partial

from .registry import register


def write_rows(rows, sep):
    header = sep.join(rows[0])
    return "\n".join([header] + [sep.join(str(value) for value in row.values()) for row in rows])


def setup(prefix):
    register(f"{prefix}csv", partial(write_rows, sep=","))
    register(f"{prefix}tsv", partial(write_rows, sep="\t"))
