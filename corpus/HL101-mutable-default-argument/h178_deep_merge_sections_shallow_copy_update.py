"""Service mesh config: merge_sections() overlays a manifest one level deep
onto the cluster defaults. It copies the defaults with dict(), but that copy
is shallow: merged["services"].update(...) writes into the very `services`
dict held by the default, so every deployed service stays there."""
import itertools

_deploys = itertools.count()


def merge_sections(override, defaults={"services": {}, "mesh": {"mtls": True}}):  # expect: HL101 confirmed
    merged = dict(defaults)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key].update(value)
        else:
            merged[key] = value
    return merged


def render(manifest):
    config = merge_sections(manifest)
    name, = manifest["services"]
    svc = config["services"][name]
    return f"{name}:{svc['port']} mtls={config['mesh']['mtls']}"


def scenario():
    n = next(_deploys)
    manifest = {"services": {f"checkout-v{n}": {"port": 8000 + n % 100, "replicas": 2}}}
    return render(manifest)
