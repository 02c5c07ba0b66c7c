"""clean: normalise raw order rows before anything else looks at them."""
from .registry import *


@stage
def strip_fields(rows):
    return [{k: v.strip() if isinstance(v, str) else v for k, v in row.items()} for row in rows]


@stage
def drop_empty(rows):
    return [row for row in rows if row.get("sku")]
