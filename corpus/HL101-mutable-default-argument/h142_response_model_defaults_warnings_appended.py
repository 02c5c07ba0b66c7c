"""SDK response models: a factory builds a Bucket model from a JSON payload and
records a warning for every field the model does not know. The fallback region
and the warning list come from a ModelDefaults dataclass instance given as a
default argument; the factory appends to that instance's list in place."""
import itertools
from dataclasses import dataclass, field

_ids = itertools.count()


@dataclass
class ModelDefaults:
    region: str = "us-east-1"
    warnings: list = field(default_factory=list)


@dataclass
class Bucket:
    name: str
    region: str
    warnings: list


def bucket_from_response(payload, defaults=ModelDefaults()):  # expect: HL101 confirmed
    warnings = defaults.warnings
    for key in sorted(payload.keys() - {"Name", "Region"}):
        warnings.append("ignored field %r in bucket %s" % (key, payload["Name"]))
    return Bucket(payload["Name"], payload.get("Region", defaults.region), warnings)


def scenario():
    n = next(_ids)
    payload = {"Name": f"assets-{n}", "CreationDate": f"2024-01-{n % 28 + 1:02d}"}
    return len(bucket_from_response(payload).warnings) > 0
