"""Mail-merge checker: a regex scanner lists the `{field}` placeholders of
a template in a `names` list default before the merge fills them in.
`findall` returns new strings for the three fields every time and they are
all appended without a membership check, so the shared list grows with
each template even though the field names repeat."""
import itertools
import re

_FIELD = re.compile(r"\{(\w+)\}")
_ids = itertools.count()


def placeholders(template, names=[]):  # expect: HL101 confirmed
    names.extend(_FIELD.findall(template))
    return names


def merge(template, **values):
    missing = [name for name in placeholders(template) if name not in values]
    return template.format(**values) if not missing else None


def scenario():
    n = next(_ids)
    template = f"Dear {{name}}, order {{order}} (batch {n}) ships on {{date}}."
    return merge(template, name=f"Customer {n}", order=f"A-{n:06d}", date="Friday")
