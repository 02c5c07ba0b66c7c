"""API gateway: incoming JSON bodies are checked by validators built once per document shape."""
import dataclasses
import itertools
import json

REQUIRED = {"sku": str, "qty": int, "price": float}


@dataclasses.dataclass(frozen=True)
class Validator:
    fields: tuple

    def errors(self, doc):
        missing = [name for name in REQUIRED if name not in self.fields]
        wrong = [k for k in self.fields if k in REQUIRED and not isinstance(doc[k], REQUIRED[k])]
        return missing + wrong


class ValidatorCache(dict):
    def __missing__(self, key):
        validator = self[key] = Validator(tuple(name for name, _ in key))
        return validator


def check_body(body, _validators=ValidatorCache()):  # expect: HL101 refuted
    doc = json.loads(body)
    key = tuple((name, type(value).__name__) for name, value in sorted(doc.items()))
    return _validators[key].errors(doc)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    body = json.dumps({"sku": f"SKU-{n:05d}", "qty": n % 9 + 1, "price": 4.5 + n, "note": f"rush {n}"})
    return check_body(body)
