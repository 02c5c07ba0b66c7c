"""Error digest: each batch of log records is sorted and split by level with
itertools.groupby; the first SAMPLES records of every group (islice) are
appended to a default dict of samples that is never trimmed."""
import itertools
import operator

SAMPLES = 3
_batches = itertools.count()
_by_level = operator.itemgetter("level")


def digest(records, _samples={}):  # expect: HL101 confirmed
    """Fold one batch into the per-level samples; return sample counts."""
    for level, group in itertools.groupby(sorted(records, key=_by_level), key=_by_level):
        _samples.setdefault(level, []).extend(itertools.islice(group, SAMPLES))
    return {level: len(found) for level, found in _samples.items()}


def scenario():
    n = next(_batches)
    records = [
        {"level": ("ERROR", "WARNING", "INFO")[i % 3], "msg": "job %d step %d" % (n, i)}
        for i in range(5)
    ]
    return digest(records)
