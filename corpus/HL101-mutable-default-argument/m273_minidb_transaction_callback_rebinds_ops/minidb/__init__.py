"""minidb: a small DB-API style layer; connect() picks the dialect by URL."""
from minidb.dialects import MemoryDatabase, SqliteDatabase

_SCHEMES = {"sqlite": SqliteDatabase, "memory": MemoryDatabase}


def connect(url):
    return _SCHEMES[url.partition(":")[0]](url)
