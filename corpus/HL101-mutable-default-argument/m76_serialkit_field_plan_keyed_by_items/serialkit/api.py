"""api: dumps() resolves the codec and the record's field plan once per shape."""
from .cache import cached
from .codecs import get_codec


def dumps(record, fmt="json"):
    codec = cached(("codec", fmt), lambda: get_codec(fmt))
    plan = cached(("plan", fmt, tuple(record.items())), lambda: codec.plan(record))
    return codec.encode(record, plan)
