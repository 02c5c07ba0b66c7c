from .settings import SAMPLE_RATE


def maybe_sample(request_id, path, elapsed, _kept=[]):  # expect: HL101 refuted
    if request_id % SAMPLE_RATE:
        return None
    _kept.append({"id": request_id, "path": path, "elapsed": elapsed})
    del _kept[:-3]
    return len(_kept)


def note_timing(request_id, path, elapsed):
    return elapsed > 0.5
