"""Domain models and their wire encoders, registered on the generic encoder."""
from dataclasses import dataclass

from .encode import to_wire


@dataclass
class Order:
    ref: str
    lines: list


@to_wire.register
def _encode_order(obj: Order, seen=set()):  # expect: HL101 confirmed
    if obj.ref in seen:
        return {"$ref": obj.ref}
    seen.add(obj.ref)
    return {"ref": obj.ref, "lines": [to_wire(line, seen) for line in obj.lines]}
