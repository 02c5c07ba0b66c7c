import re

from . import loader

_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def compile_template(source):
    parts = _PLACEHOLDER.split(source)
    return tuple((i % 2 == 1, part) for i, part in enumerate(parts) if part)


def render(template, context):
    compiled = loader.load(template)
    return "".join(str(context[p]) if is_var else p for is_var, p in compiled)
