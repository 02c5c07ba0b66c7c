"""Gauge registry: name -> zero-argument callable that reads the gauge."""


def register(name, gauge, table={}):  # expect: HL101 confirmed
    """Add gauge under name (the process-wide table unless one is given)."""
    if name in table:
        raise ValueError(f"gauge {name!r} already registered")
    table[name] = gauge
    return table


def read_all(table):
    return {name: gauge() for name, gauge in sorted(table.items())}
