"""Tabular import: a metaclass turns a file's header into a row class with generated helpers."""
import itertools


def _is_duplicate(self, _seen=set()):  # expect: HL101 confirmed
    key = tuple(self.values[i] for i in self.key_index)
    if key in _seen:
        return True
    _seen.add(key)
    return False


class RowMeta(type):
    def __new__(mcs, name, bases, namespace):
        columns = tuple(namespace.get("columns", ()))

        def as_dict(self):
            return dict(zip(columns, self.values))

        namespace.update(as_dict=as_dict, is_duplicate=_is_duplicate)
        return super().__new__(mcs, name, bases, namespace)


class Row(metaclass=RowMeta):
    key_index = (0,)

    def __init__(self, values):
        self.values = tuple(v.strip() for v in values)


def import_table(name, text):
    header, *lines = text.splitlines()
    row_cls = RowMeta(name, (Row,), {"columns": header.split(",")})
    rows = [row_cls(line.split(",")) for line in lines]
    return [row.as_dict() for row in rows if not row.is_duplicate()]


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    text = f"id,email\nc{n},a{n}@example.com\nc{n},a{n}@example.com\nd{n},b{n}@example.com"
    return len(import_table(f"Upload{n}", text))
