"""ORM: add_index() appends an Index to the model's `Meta.indexes`, read with
`getattr(model.Meta, "indexes", indexes)`, and freezes the result on the
model. Multi-tenant setup builds one Invoice model class per tenant; its Meta
declares its own `indexes = []`, so the indexes go to that tenant's list and
the default is never touched."""
import itertools

_tenants = itertools.count()


class Index:
    def __init__(self, table, fields):
        self.name = "ix_%s_%s" % (table, "_".join(fields))
        self.fields = tuple(fields)


def add_index(model, fields, indexes=[]):  # expect: HL101 refuted
    declared = getattr(model.Meta, "indexes", indexes)
    declared.append(Index(model.Meta.db_table, fields))
    model.index_names = tuple(ix.name for ix in declared)


def tenant_invoice_model(tenant):
    class Invoice:
        fields = ("id", "number", "customer_id", "issued_at")

        class Meta:
            db_table = f"{tenant}_invoice"
            indexes = []

    add_index(Invoice, ["customer_id"])
    add_index(Invoice, ["number", "issued_at"])
    return Invoice


def scenario():
    n = next(_tenants)
    model = tenant_invoice_model(f"tenant{n}")
    return model.Meta.db_table, len(model.fields)
