"""Mail templating: compiled string.Template objects are memoised by their
source text in a default dict. Once it holds more than 16 the code "resets"
it with `_compiled = {}`, which only rebinds the local name: the default
dict itself is never emptied, and every new message body adds a template."""
import itertools
import string

_msgs = itertools.count()


def render(source, context, _compiled={}):  # expect: HL101 confirmed
    tpl = _compiled.get(source)
    if tpl is None:
        tpl = _compiled[source] = string.Template(source)
        if len(_compiled) > 16:
            _compiled = {}
    return tpl.safe_substitute(context)


def scenario():
    n = next(_msgs)
    source = f"Hi $name, your order #{n} ships on $date from depot {n % 5}."
    return render(source, {"name": f"customer-{n}", "date": "Monday"})
