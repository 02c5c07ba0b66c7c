"""Mail merge: string.Template placeholders found by regex; names the record lacks are collected in a default list before safe_substitute."""
import itertools
import re
import string

PLACEHOLDER = re.compile(r"\$(\w+)")


def merge(template_text, record, missing=[]):  # expect: HL101 confirmed
    for name in PLACEHOLDER.findall(template_text):
        if name not in record:
            missing.append(name)
    return string.Template(template_text).safe_substitute(record)


_letters = itertools.count()


def scenario():
    n = next(_letters)
    text = f"Dear $name, your code is $code_{n}."
    return merge(text, {"name": f"Customer {n}"})
