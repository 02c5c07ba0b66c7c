"""Data access layer: a dataclass holds connection settings, and connect()
registers sqlite3 adapters for Decimal and date the first time it sees each
type, remembering what it registered in a default set. The set is keyed by
the adapted type alone, so it holds two entries whatever tenant connects."""
import dataclasses
import datetime
import decimal
import itertools
import sqlite3

_tenants = itertools.count()
ADAPTERS = {decimal.Decimal: str, datetime.date: datetime.date.isoformat}


@dataclasses.dataclass
class DbConfig:
    database: str
    timeout: float = 1.0

    def connect(self, _adapted=set()):  # expect: HL101 refuted
        for typ, adapter in ADAPTERS.items():
            if typ in _adapted:
                continue
            sqlite3.register_adapter(typ, adapter)
            _adapted.add(typ)
        return sqlite3.connect(self.database, timeout=self.timeout, uri=True)


def scenario():
    n = next(_tenants)
    conn = DbConfig("file:tenant%d?mode=memory" % n).connect()
    try:
        conn.execute("CREATE TABLE invoice (total TEXT, due TEXT)")
        conn.execute("INSERT INTO invoice VALUES (?, ?)",
                     (decimal.Decimal(n) / 4, datetime.date(2024, 1, 1 + n % 28)))
        return conn.execute("SELECT total, due FROM invoice").fetchone()
    finally:
        conn.close()
