"""Mail-merge checker: a regex scanner lists the `{field}` placeholders of
a template in a `names` list default before the merge fills them in. A
name is appended only if it is not there yet, and every template uses the
same three fields, so the shared list stops growing after the first one."""
import itertools
import re

_FIELD = re.compile(r"\{(\w+)\}")
_ids = itertools.count()


def placeholders(template, names=[]):  # expect: HL101 refuted
    for match in _FIELD.finditer(template):
        if match.group(1) not in names:
            names.append(match.group(1))
    return names


def merge(template, **values):
    missing = [name for name in placeholders(template) if name not in values]
    return template.format(**values) if not missing else None


def scenario():
    n = next(_ids)
    template = f"Dear {{name}}, order {{order}} (batch {n}) ships on {{date}}."
    return merge(template, name=f"Customer {n}", order=f"A-{n:06d}", date="Friday")
