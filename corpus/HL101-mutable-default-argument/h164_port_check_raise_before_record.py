"""Service config loader: `check_port` raises on an out-of-range port; the
`errors` list default only collects ports that are merely unusual (below
1024). The scenario's ports are always out of range, so the exception leaves
before anything is appended and the shared list stays empty."""
import itertools

_deploys = itertools.count()


class ConfigError(ValueError):
    pass


def check_port(service, port, errors=[]):  # expect: HL101 refuted
    if not 0 < port < 65536:
        raise ConfigError(f"{service}: port {port} is outside 1..65535")
    if port < 1024:
        errors.append(f"{service}: port {port} needs elevated privileges")
    return port


def load_service(config):
    try:
        return {"name": config["name"], "port": check_port(config["name"], config["port"])}
    except ConfigError as exc:
        return {"name": config["name"], "error": str(exc)}


def scenario():
    n = next(_deploys)
    return load_service({"name": f"billing-worker-{n}", "port": 70000 + n})
