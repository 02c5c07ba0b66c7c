"""Model declarations: tables created at run time get a class from type()."""


class Meta:
    ordering = ("id",)
    cache_schema = False


def model(table, fields):
    ns = {"Meta": Meta, "fields": tuple(fields), "__module__": __name__}
    return type("".join(p.title() for p in table.split("_")), (), ns)
