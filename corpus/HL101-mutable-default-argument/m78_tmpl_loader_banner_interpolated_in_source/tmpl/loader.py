"""loader: compile template sources into render functions, once per source."""
import re

from . import filters

_TAG = re.compile(r"\{\{\s*(\w+)((?:\|\w+)*)\s*\}\}")


def _compile(source):
    parts = _TAG.split(source)  # text, name, filters, text, name, filters, ..., text

    def render(context):
        out = []
        for i, part in enumerate(parts):
            if i % 3 == 0:
                out.append(part)
            elif i % 3 == 1:
                value = context[part]
            else:
                for name in part.split("|")[1:]:
                    value = filters.apply_filter(name, value)
                out.append(str(value))
        return "".join(out)
    return render


def compile_template(source, _compiled={}):  # expect: HL101 confirmed
    """The render function for `source`; compiling is the slow part, so keep it."""
    fn = _compiled.get(source)
    if fn is None:
        fn = _compiled[source] = _compile(source)
    return fn
