"""Feature flags: base values overridden per request from a JSON header."""
import json


def effective_flags(override_json, _base={"dark_mode": False, "beta_search": False}):  # expect: HL101 refuted
    """Return the base flags with the request's JSON overrides applied.

    The overrides are merged into a copy of `_base`, so each request gets
    its own dict and the base flags are never written.
    """
    flags = dict(_base)
    flags.update(json.loads(override_json))
    return flags
