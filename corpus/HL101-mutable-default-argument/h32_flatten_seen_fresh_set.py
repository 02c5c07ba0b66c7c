"""Settings flattener: nested mappings become dotted keys; a seen set catches 'a.b' colliding with {'a': {'b'}}."""
import itertools


# heaplint-todo: every call in the file passes `seen`, so the default is latent: only outside callers could grow it (heaplint: unknown)
def _walk(node, prefix, out, seen=set()):  # expect: HL101 refuted
    for key, value in node.items():
        dotted = f"{prefix}.{key}" if prefix else str(key)
        if dotted in seen:
            raise ValueError(f"duplicate setting {dotted!r}")
        seen.add(dotted)
        if isinstance(value, dict):
            _walk(value, dotted, out, seen)
        else:
            out[dotted] = value
    return out


def flatten_settings(settings):
    return _walk(settings, "", {}, set())


_services = itertools.count()


def scenario():
    n = next(_services)
    svc = f"service-{n}"
    settings = {svc: {"db": {"host": f"db{n}.internal", "port": 5432}, "debug": n % 2 == 0}}
    return len(flatten_settings(settings))
