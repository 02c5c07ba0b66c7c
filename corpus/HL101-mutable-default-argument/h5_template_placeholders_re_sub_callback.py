"""Email templates: placeholders are substituted by re.sub, whose callback records misses in a list default."""
import itertools
import re

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def render(template: str, context: dict[str, str], missing: list[str] = []) -> str:  # expect: HL101 confirmed
    # Labelled unknown at first; heaplint now models re.sub calling its callback, and CPython
    # measures +63 B/call (the missing `ref_` key is recorded every call), so confirmed.
    def substitute(match: re.Match) -> str:
        key = match.group(1)
        if key not in context:
            missing.append(key)
            return ""
        return context[key]

    return PLACEHOLDER.sub(substitute, template)


def welcome_email(name: str, ref: str) -> str:
    body = "Hi {{ name }}, your code is {{ code }}. Ref {{ ref_" + ref + " }}."
    return render(body, {"name": name, "code": ref.upper()})


_users = itertools.count()


def scenario():
    n = next(_users)
    return welcome_email(f"user{n}", f"r{n}")
