"""Group a row stream into fixed-size batches for bulk inserts."""


def batches(rows, size=3, _pending=[]):  # expect: HL101 confirmed
    for row in rows:
        _pending.append(row)
        if len(_pending) == size:
            yield tuple(_pending)
            del _pending[:]
    if _pending:
        yield tuple(_pending)
        del _pending[:]
