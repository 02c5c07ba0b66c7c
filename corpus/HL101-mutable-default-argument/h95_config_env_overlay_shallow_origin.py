"""Settings loader: built-in defaults, then a parsed config file, then APP_* environment variables; every override is recorded for --show-origin."""
import itertools


def _env_layer(environ, prefix="APP_"):
    for name, value in environ.items():
        if name.startswith(prefix):
            yield name[len(prefix):].lower(), value


def _coerce(template, raw):
    if isinstance(template, bool):
        return str(raw).lower() in ("1", "true", "yes", "on")
    if isinstance(template, int):
        return int(raw)
    return str(raw)


def load_settings(environ, file_values=None, defaults={"host": "127.0.0.1", "port": 8000, "debug": False, "origin": []}):  # expect: HL101 confirmed
    settings = dict(defaults)
    for layer, pairs in (("file", (file_values or {}).items()), ("env", _env_layer(environ))):
        for key, raw in pairs:
            if key == "origin" or key not in defaults:
                continue
            settings[key] = _coerce(defaults[key], raw)
            settings["origin"].append(f"{key}={raw!r} ({layer})")
    return settings


_runs = itertools.count()


def scenario():
    n = next(_runs)
    env = {"APP_PORT": str(9000 + n % 500), "APP_DEBUG": "yes", "HOME": f"/home/u{n}"}
    settings = load_settings(env, {"host": f"10.0.{n % 250}.1"})
    return settings["port"], len(settings["origin"])
