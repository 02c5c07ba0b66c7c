"""Service mesh config: deep_merge() folds each deployment manifest into the
cluster defaults, recursing into nested sections. Each level starts with a
shallow dict() copy and the recursion copies the nested level it descends
into, so the nested `services` dict of the default is never written to."""
import itertools

_deploys = itertools.count()


def deep_merge(override, defaults={"services": {}, "mesh": {"mtls": True}}):  # expect: HL101 refuted
    merged = dict(defaults)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(value, merged[key])
        else:
            merged[key] = value
    return merged


def render(manifest):
    config = deep_merge(manifest)
    name, = manifest["services"]
    svc = config["services"][name]
    return f"{name}:{svc['port']} mtls={config['mesh']['mtls']}"


def scenario():
    n = next(_deploys)
    manifest = {"services": {f"checkout-v{n}": {"port": 8000 + n % 100, "replicas": 2}}}
    return render(manifest)
