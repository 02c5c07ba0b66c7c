"""Service config loader: `check_port` records a message in an `errors` list
default and then raises, so the caller can show the whole history of port
problems. The message is appended before the raise, and every deployment
request in the scenario carries an out-of-range port, so the list grows."""
import itertools

_deploys = itertools.count()


class ConfigError(ValueError):
    pass


def check_port(service, port, errors=[]):  # expect: HL101 confirmed
    if not 0 < port < 65536:
        errors.append(f"{service}: port {port} is outside 1..65535")
        raise ConfigError(errors[-1])
    return port


def load_service(config):
    try:
        return {"name": config["name"], "port": check_port(config["name"], config["port"])}
    except ConfigError as exc:
        return {"name": config["name"], "error": str(exc)}


def scenario():
    n = next(_deploys)
    return load_service({"name": f"billing-worker-{n}", "port": 70000 + n})
