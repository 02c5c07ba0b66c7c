"""Service boot: load_settings mutates its overrides default, but the only caller always passes a fresh dict."""
import itertools
import json
import os


def load_settings(text: str, overrides: dict[str, object] = {}) -> dict[str, object]:  # expect: HL101 unknown
    settings = json.loads(text)
    overrides.setdefault("loaded_from", "inline")
    overrides[f"env:{settings['name']}"] = os.environ.get("APP_ENV", "dev")
    settings.update(overrides)
    return settings


def boot(service: str, port: int) -> str:
    raw = json.dumps({"name": service, "port": port, "debug": False})
    settings = load_settings(raw, {"port": port + 1000})
    return f"{settings['name']} on :{settings['port']} ({settings['loaded_from']})"


_services = itertools.count()


def scenario():
    n = next(_services)
    return boot(f"svc-{n}", 8000 + n % 100)
