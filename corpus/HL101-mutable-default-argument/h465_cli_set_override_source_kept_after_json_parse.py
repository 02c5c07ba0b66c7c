"""CLI: `--set key=value` overrides. `parse_value()` tries the value as JSON and the caller
falls back to the raw string on ConfigError (so `--set name=alice` works). Inside the `try:`
json.loads runs first; the raw text is appended to the default `_sources` list only after a
successful parse. These overrides are bare words, json.loads raises before the append, and
the default never grows."""
import itertools
import json


class ConfigError(ValueError):
    pass


def parse_value(text, _sources=[]):  # expect: HL101 refuted
    try:
        value = json.loads(text)
        _sources.append(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"not a JSON literal: {text!r}") from exc
    return value


def apply_override(config, option):
    key, _, raw = option.partition("=")
    try:
        config[key] = parse_value(raw)
    except ConfigError:
        config[key] = raw
    return config


_runs = itertools.count()


def scenario():
    n = next(_runs)
    return apply_override({"debug": False}, f"profile=staging-{n}")
