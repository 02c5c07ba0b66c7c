"""A small schema builder: `Schema.add_field` registers a field with its
validator list plus a type check. It builds a new list from the validators it
was given and the check, so the default list is only read and each field owns
its own validators."""
import functools
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List

_forms = itertools.count()


def check_type(expected: type, value: Any) -> str:
    return "" if isinstance(value, expected) else "expected %s" % expected.__name__


@dataclass
class Schema:
    name: str
    fields: Dict[str, List[Callable[[Any], str]]] = field(default_factory=dict)

    def add_field(self, name: str, type_: type, validators: list = []) -> "Schema":  # expect: HL101 refuted
        self.fields[name] = [*validators, functools.partial(check_type, type_)]
        return self

    def validate(self, data: Dict[str, Any]) -> List[str]:
        return [f"{key}: {msg}" for key, checks in self.fields.items()
                for msg in (check(data.get(key)) for check in checks) if msg]


def scenario():
    n = next(_forms)
    schema = Schema(f"signup_{n}").add_field("email", str).add_field("age", int)
    return schema.validate({"email": f"user{n}@example.com", "age": str(n)})
