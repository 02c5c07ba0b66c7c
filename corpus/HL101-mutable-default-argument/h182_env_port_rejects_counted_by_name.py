"""Service bootstrap: `parse_port` converts an environment value with int();
on ValueError it bumps a per-variable count in a `rejected` Counter default
(shown later by a health check) and re-raises so the caller falls back to the
default port. Only two variable names exist, so although every deployment in
the scenario has a new malformed value, the counter keeps two keys at most."""
import collections
import itertools

_deploys = itertools.count()
DEFAULT_PORTS = {"HTTP_PORT": 8080, "ADMIN_PORT": 9090}


def parse_port(name, raw, rejected=collections.Counter()):  # expect: HL101 refuted
    try:
        return int(raw)
    except ValueError:
        rejected[name] += 1
        raise


def port_from_env(env, name):
    try:
        return parse_port(name, env[name])
    except ValueError:
        return DEFAULT_PORTS[name]


def scenario():
    n = next(_deploys)
    env = {"HTTP_PORT": f"tcp://10.0.{n % 256}.{n // 256 % 256}:{8000 + n}", "ADMIN_PORT": "9091"}
    return port_from_env(env, "HTTP_PORT"), port_from_env(env, "ADMIN_PORT")
