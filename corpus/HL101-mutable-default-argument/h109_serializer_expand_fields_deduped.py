"""REST API: `ModelSerializer` takes the field list to render; for `?expand=`
it adds the related object's fields as dotted names. `OrderSerializer` forwards
its options to it through **kwargs and super(), so the `fields` default is used;
a dotted name is appended only if it is not there yet, so the default stops
growing once each expandable relation has been requested."""
import itertools

_requests = itertools.count()


class ModelSerializer:
    def __init__(self, instance, fields=["id", "status"], expand=(), **options):  # expect: HL101 refuted
        for relation in expand:
            for attr in options.get("related_fields", ("id",)):
                if "%s.%s" % (relation, attr) not in fields:
                    fields.append("%s.%s" % (relation, attr))
        self.instance, self.fields = instance, fields

    def data(self):
        out = {}
        for name in self.fields:
            value = self.instance
            for part in name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            out[name] = value
        return out


class OrderSerializer(ModelSerializer):
    def __init__(self, order, **kwargs):
        kwargs.setdefault("related_fields", ("id", "email"))
        super().__init__(order, **kwargs)


def scenario():
    n = next(_requests)
    order = {"id": n, "status": "paid", "customer": {"id": 7000 + n, "email": "c%d@example.com" % n}}
    return OrderSerializer(order, expand=["customer"]).data()
