import itertools

import exporters
import settings

_batches = itertools.count()


def scenario():
    n = next(_batches)
    writer = exporters.load(settings.EXPORT_FORMAT)
    rows = [{"id": n * 10 + i, f"attr_{n}": i} for i in range(settings.EXPORT_BATCH)]
    return len(writer.export(rows))
