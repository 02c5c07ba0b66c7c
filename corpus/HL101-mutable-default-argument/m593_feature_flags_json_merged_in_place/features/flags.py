"""Feature flags: base values overridden per request from a JSON header."""
import json


def effective_flags(override_json, _base={"dark_mode": False, "beta_search": False}):  # expect: HL101 confirmed
    """Return the base flags with the request's JSON overrides applied.

    The overrides are merged into `_base` itself, so every experiment key a
    request ever sent stays in the base flags.
    """
    flags = _base
    flags.update(json.loads(override_json))
    return flags
