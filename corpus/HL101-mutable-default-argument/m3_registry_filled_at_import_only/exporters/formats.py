"""Built-in export formats, registered at import time."""
from .registry import handlers


def to_csv(rows):
    return "\n".join(",".join(map(str, r)) for r in rows)


def to_tsv(rows):
    return "\n".join("\t".join(map(str, r)) for r in rows)


BUILTIN = {"csv": to_csv, "tsv": to_tsv}
for _kind, _func in BUILTIN.items():
    handlers(_kind, _func)
