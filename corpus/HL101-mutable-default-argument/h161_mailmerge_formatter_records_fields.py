"""Mail merge: letters are rendered with a string.Formatter subclass that
records which fields a template used, for the audit report. The formatter
is a default instance, but it records only the field names, and the one
template has three fields, so its `used` set stops growing at three."""
import itertools
import string

_letters = itertools.count()
TEMPLATE = "Dear {name},\nyour invoice {invoice} of {amount} EUR is due."


class AuditFormatter(string.Formatter):
    def __init__(self):
        super().__init__()
        self.used = set()

    def get_value(self, key, args, kwargs):
        value = super().get_value(key, args, kwargs)
        self.used.add(key)
        return value


# heaplint-todo: it flows into `string.Formatter.__init__()`, which heaplint cannot see (heaplint: unknown)
def render_letter(fields, formatter=AuditFormatter()):  # expect: HL101 refuted
    return formatter.vformat(TEMPLATE, (), fields)


def scenario():
    n = next(_letters)
    return len(render_letter({"name": "Customer %d" % n, "invoice": "INV-%05d" % n, "amount": "%d.00" % (n % 500)}))
