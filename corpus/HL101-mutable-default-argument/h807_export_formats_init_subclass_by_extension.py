"""Export formats register themselves on subclassing: ``Exporter.__init_subclass__``
records each subclass in a dict default. Tenants upload a column layout and the
service builds a one-off exporter class per upload, registered by extension (the latest
layout serves each extension)."""
import itertools

_uploads = itertools.count()


class Exporter:
    extension = "txt"
    columns = ()

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        registry[cls.extension] = cls
        cls.registry = registry

    def render(self, row):
        return ",".join(str(row.get(col, "")) for col in self.columns)


def exporter_for(tenant, columns, extension):
    name = "%sExporter" % tenant.title().replace("-", "")
    return type(name, (Exporter,), {"columns": tuple(columns), "extension": extension})


def scenario():
    n = next(_uploads)
    cls = exporter_for("tenant-%d" % n, ["id", "name", "c%d" % n], ("csv", "tsv", "txt")[n % 3])
    return cls().render({"id": n, "name": "row-%d" % n}) + "." + cls.extension
