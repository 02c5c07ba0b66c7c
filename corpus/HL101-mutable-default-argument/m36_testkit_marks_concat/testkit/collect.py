"""Turn marked test functions into runnable items."""


class Item:
    def __init__(self, name, func, params, marks):
        self.name, self.func, self.params, self.marks = name, func, params, marks

    def run(self):
        try:
            self.func(**self.params)
        except AssertionError as exc:
            return ("failed", self.name, str(exc))
        return ("passed", self.name, None)


def collect_items(namespace, skip_marks=("skip", "xfail")):
    items = []
    for name, obj in sorted(namespace.items()):
        if not name.startswith("test") or not callable(obj):
            continue
        marks = getattr(obj, "testmarks", ())
        if any(m.name in skip_marks for m in marks):
            continue
        param_marks = [m for m in marks if m.name == "parametrize"]
        if not param_marks:
            items.append(Item(name, obj, {}, marks))
            continue
        for m in param_marks:
            argname, values = m.args
            for i, value in enumerate(values):
                items.append(Item("%s[%d]" % (name, i), obj, {argname: value}, marks))
    return items
