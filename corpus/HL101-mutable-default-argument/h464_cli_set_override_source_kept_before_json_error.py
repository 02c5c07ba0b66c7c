"""CLI: `--set key=value` overrides. `parse_value()` tries the value as JSON and the caller
falls back to the raw string on ConfigError (so `--set name=alice` works). Inside the `try:`
the raw text is appended to the default `_sources` list *before* json.loads raises, so every
bare-word value is kept even though the caller catches the error."""
import itertools
import json


class ConfigError(ValueError):
    pass


def parse_value(text, _sources=[]):  # expect: HL101 confirmed
    try:
        _sources.append(text)
        value = json.loads(text)
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
