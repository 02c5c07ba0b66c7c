"""Config loader: parse_port() turns the raw string of an env var into a
port number and counts parse failures in a Counter default for the
diagnostics page. The except and else branches count by failure reason,
so the Counter never holds more than two keys however many values fail."""
import collections
import itertools

_ids = itertools.count()


def parse_port(raw, failures=collections.Counter()):  # expect: HL101 refuted
    try:
        port = int(raw)
    except ValueError:
        failures["not-a-number"] += 1
        return None
    else:
        if not 0 < port < 65536:
            failures["out-of-range"] += 1
            return None
        return port


def load(env):
    ports = {key: parse_port(value) for key, value in env.items()}
    return {key: port for key, port in ports.items() if port is not None}


def scenario():
    n = next(_ids)
    env = {"HTTP_PORT": str(8000 + n % 100), "ADMIN_PORT": f"90{n}x-admin",
           "METRICS_PORT": str(70000 + n)}
    return load(env)
