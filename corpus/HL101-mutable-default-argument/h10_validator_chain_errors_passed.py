"""Validator chain: each rule appends messages to an errors list; the chain always hands its own list down."""
import itertools


class Rule:
    def validate(self, value, errors=[]):  # expect: HL101 unknown
        if not self.ok(value):
            errors.append(f"{type(self).__name__}: {value!r}")
        return errors


class NotEmpty(Rule):
    def ok(self, value):
        return bool(value)


class MaxLen(Rule):
    def ok(self, value):
        return len(value) <= 12


class Chain:
    def __init__(self, *rules):
        self.rules = rules

    def check(self, value):
        errors = []
        for rule in self.rules:
            rule.validate(value, errors)
        return errors


_inputs = itertools.count()


def scenario():
    n = next(_inputs)
    return Chain(NotEmpty(), MaxLen()).check(f"username-{n}")
