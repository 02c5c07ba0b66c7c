"""Export writers: a base writer keeps its options and logs every written row
name into them. It shares the mapping it was given unless told to isolate;
JsonWriter forwards its default options to the base unchanged."""
import itertools

_rows = itertools.count(1)


class _BaseWriter:
    def __init__(self, options):
        isolate = options.get("isolate", False)
        self.options = dict(options) if isolate else options

    def write(self, name, payload):
        self.options.setdefault("written", []).append(name)
        return f"{name}={payload}"


class JsonWriter(_BaseWriter):
    def __init__(self, options={"indent": 2}):  # expect: HL101 confirmed
        super().__init__(options)

    def write(self, name, payload):
        return "{" + super().write(name, payload) + "}"


def scenario():
    n = next(_rows)
    return JsonWriter().write(f"row_{n}", n * 3)
