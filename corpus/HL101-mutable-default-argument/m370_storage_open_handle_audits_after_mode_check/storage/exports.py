"""CSV exports: every exporter opens its target through open_handle() with a fixed mode."""
from .handles import open_handle


def export_rows(name, rows, append=False):
    handle = open_handle(f"/exports/{name}.csv", "a" if append else "w")
    for row in rows:
        handle.write(",".join(str(cell) for cell in row) + "\n")
    return handle.getvalue()


def read_export(name, text):
    handle = open_handle(f"/exports/{name}.csv", "r+")
    handle.write(text)
    handle.seek(0)
    return handle.read().splitlines()
