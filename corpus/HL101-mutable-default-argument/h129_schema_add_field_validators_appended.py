"""A small schema builder: `Schema.add_field` registers a field with its
validator list and adds a type check to it. Callers that pass no validators
get the shared default list, so the type check of every field of every schema
is appended to that one list, which all those fields then hold."""
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

    def add_field(self, name: str, type_: type, validators: list = []) -> "Schema":  # expect: HL101 confirmed
        validators.append(functools.partial(check_type, type_))
        self.fields[name] = validators
        return self

    def validate(self, data: Dict[str, Any]) -> List[str]:
        return [f"{key}: {msg}" for key, checks in self.fields.items()
                for msg in (check(data.get(key)) for check in checks) if msg]


def scenario():
    n = next(_forms)
    schema = Schema(f"signup_{n}").add_field("email", str).add_field("age", int)
    return schema.validate({"email": f"user{n}@example.com", "age": str(n)})
