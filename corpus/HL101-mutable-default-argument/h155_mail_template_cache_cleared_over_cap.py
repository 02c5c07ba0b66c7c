"""Mail templating: compiled string.Template objects are memoised by their
source text in a default dict. After storing a new template the cache is
emptied with clear() once it holds more than 16, so it never holds more
than 17 templates even though every message body here is new."""
import itertools
import string

_msgs = itertools.count()


def render(source, context, _compiled={}):  # expect: HL101 refuted
    tpl = _compiled.get(source)
    if tpl is None:
        tpl = _compiled[source] = string.Template(source)
        if len(_compiled) > 16:
            _compiled.clear()
    return tpl.safe_substitute(context)


def scenario():
    n = next(_msgs)
    source = f"Hi $name, your order #{n} ships on $date from depot {n % 5}."
    return render(source, {"name": f"customer-{n}", "date": "Monday"})
