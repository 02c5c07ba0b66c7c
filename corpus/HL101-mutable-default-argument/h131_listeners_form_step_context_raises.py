"""Form wizard: `listening` attaches a field-change listener for one step and
detaches it when the step ends, keeping live listeners in a list default.
There is no try/finally around the yield, and a step with a bad value
raises ValidationError out of the with block, past the detach."""
import contextlib
import itertools

_forms = itertools.count()


class ValidationError(Exception):
    pass


@contextlib.contextmanager
def listening(field, listener, live=[]):  # expect: HL101 confirmed
    live.append((field, listener))
    yield lambda value: [fn(value) for name, fn in live[-3:] if name == field]
    live.remove((field, listener))


def run_step(form_id, values):
    seen = []
    with listening("email", seen.append) as changed:
        for value in values:
            if "@" not in value:
                raise ValidationError("%s: bad email %r" % (form_id, value))
            changed(value)
    return seen


def scenario():
    n = next(_forms)
    try:
        return run_step("form-%d" % n, ["a%d@example.org" % n, "nope-%d" % n])
    except ValidationError as exc:
        return str(exc)
