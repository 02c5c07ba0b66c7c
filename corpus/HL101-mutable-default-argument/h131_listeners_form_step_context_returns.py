"""Form wizard: `listening` attaches a field-change listener for one step and
detaches it when the step ends, keeping live listeners in a list default.
There is no try/finally around the yield, but a step with a bad value just
returns early from inside the with block, which still runs the detach."""
import contextlib
import itertools

_forms = itertools.count()


@contextlib.contextmanager
def listening(field, listener, live=[]):  # expect: HL101 refuted
    live.append((field, listener))
    yield lambda value: [fn(value) for name, fn in live[-3:] if name == field]
    live.remove((field, listener))


def run_step(form_id, values):
    seen = []
    with listening("email", seen.append) as changed:
        for value in values:
            if "@" not in value:
                return seen + ["%s: bad email %r" % (form_id, value)]
            changed(value)
    return seen


def scenario():
    n = next(_forms)
    return run_step("form-%d" % n, ["a%d@example.org" % n, "nope-%d" % n])
