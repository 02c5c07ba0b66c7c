"""Export plugins: every Exporter subclass registers itself when the class
is created. Report templates define their exporter classes at run time with
type(), one per rendered report, picking a base format."""
import itertools

_reports = itertools.count()

FORMATS = ("csv", "json", "xlsx")


class Exporter:
    format = None

    def __init_subclass__(cls, registry=[], **kw):  # expect: HL101 confirmed
        super().__init_subclass__(**kw)
        registry.append(cls)
        cls.registry = registry

    def render(self, rows):
        return f"{self.format}:{len(rows)}"


def scenario():
    n = next(_reports)
    fmt = FORMATS[n % len(FORMATS)]
    exporter_cls = type(f"Report{n}{fmt.title()}Exporter", (Exporter,), {"format": fmt})
    return exporter_cls().render([("sku", n), ("qty", n % 7)])
