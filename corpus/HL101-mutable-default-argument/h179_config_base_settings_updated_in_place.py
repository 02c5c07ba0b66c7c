"""Multi-tenant config: base_settings() returns the built-in settings dict
(the default itself) and resolve() layers per-tenant overrides on top under
"tenant:key" names. It writes into the dict it got back, so every resolved
tenant leaves its keys in the shared default."""
import itertools

_ids = itertools.count()


def base_settings(settings={"timeout": 30, "retries": 3, "region": "eu-west-1"}):  # expect: HL101 confirmed
    return settings


def resolve(tenant, overrides):
    settings = base_settings()
    for key, value in overrides.items():
        settings[f"{tenant}:{key}"] = value
    return settings.get(f"{tenant}:timeout", settings["timeout"])


def scenario():
    n = next(_ids)
    return resolve(f"tenant-{n:06d}", {"timeout": 10 + n % 50, "region": "us-east-1"})
