"""Checkout form: each cart line renders a quantity box and a gift-note field."""
import itertools

import forms

_lines = itertools.count(1)


def scenario():
    n = next(_lines)
    note = forms.TextInput(f"gift_note_{n}")
    quantity = forms.NumberInput(f"qty_{n}", required=True)
    return note.render(f"For order line {n}") + quantity.render(n % 9 + 1)
