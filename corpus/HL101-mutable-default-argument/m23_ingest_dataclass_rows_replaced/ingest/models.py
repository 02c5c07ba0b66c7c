from dataclasses import dataclass


@dataclass
class Batch:
    source: str
    rows: list
    closed: bool = False
