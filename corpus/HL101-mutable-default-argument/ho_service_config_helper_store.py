"""Service config loader: merges per-service environment overrides."""
import itertools


def _apply_env(target, service, env):
    for key, value in env.items():
        target[f"{service}.{key}"] = value
    return target


def load_service_config(service, env, merged={}):  # expect: HL101 confirmed
    _apply_env(merged, service, env)
    prefix = service + "."
    return {k[len(prefix):]: v for k, v in merged.items() if k.startswith(prefix)}


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    load_service_config(f"worker-{n}", {"QUEUE": f"jobs-{n}", "CONCURRENCY": "4"})
