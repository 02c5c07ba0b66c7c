"""API response encoder whose default options dict is handed to json.dumps."""
import itertools
import json


def encode(payload, options={"sort_keys": True, "indent": None}):  # expect: HL101 unknown
    # json.dumps only reads the options, but heaplint cannot see inside it.
    return json.dumps(payload, **options)


_responses = itertools.count()


def scenario():
    n = next(_responses)
    encode({"id": n, "status": "ok", "items": [n, n + 1]})
