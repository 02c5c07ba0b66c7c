"""Survey builder: each request renders one free-text answer field with its hint."""
import itertools

from formkit import TextInput

_fields = itertools.count()


def scenario():
    n = next(_fields)
    widget = TextInput(f"answer_{n}")
    return widget.render(f"draft {n}", help_text=f"Describe step {n} in a sentence.")
