"""Multi-tenant config: base_settings() returns the built-in settings dict
(the default itself) and resolve() layers per-tenant overrides on top under
"tenant:key" names. It takes .copy() of what it got back first, so the
overrides go into a per-call dict and the default keeps its three keys."""
import itertools

_ids = itertools.count()


def base_settings(settings={"timeout": 30, "retries": 3, "region": "eu-west-1"}):  # expect: HL101 refuted
    return settings


def resolve(tenant, overrides):
    settings = base_settings().copy()
    for key, value in overrides.items():
        settings[f"{tenant}:{key}"] = value
    return settings.get(f"{tenant}:timeout", settings["timeout"])


def scenario():
    n = next(_ids)
    return resolve(f"tenant-{n:06d}", {"timeout": 10 + n % 50, "region": "us-east-1"})
