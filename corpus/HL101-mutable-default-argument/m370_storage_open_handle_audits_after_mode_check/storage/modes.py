"""Open modes accepted by the blob store, and what each one allows."""

MODES = {
    "r": frozenset({"read"}),
    "w": frozenset({"write", "truncate"}),
    "a": frozenset({"write"}),
    "r+": frozenset({"read", "write"}),
}


def capabilities(mode):
    return MODES[mode]
