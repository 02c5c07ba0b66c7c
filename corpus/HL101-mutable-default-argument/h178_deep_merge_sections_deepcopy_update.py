"""Service mesh config: merge_sections() overlays a manifest one level deep
onto the cluster defaults. It starts from copy.deepcopy(defaults), so
merged["services"].update(...) writes into a private copy of the nested
`services` dict and the default keeps its empty sections."""
import copy
import itertools

_deploys = itertools.count()


def merge_sections(override, defaults={"services": {}, "mesh": {"mtls": True}}):  # expect: HL101 refuted
    merged = copy.deepcopy(defaults)
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
