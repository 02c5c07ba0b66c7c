"""Server config: parse_port() records rejected values in a default list only when int() fails or the port is out of range; real configs always carry valid ports."""
import itertools


def parse_port(value, rejected=[]):  # expect: HL101 refuted
    try:
        port = int(value)
    except ValueError:
        rejected.append(value)
        return None
    if not 0 < port < 65536:
        rejected.append(value)
        return None
    return port


def parse_listen(spec):
    host, _, port = spec.rpartition(":")
    return host or "0.0.0.0", parse_port(port)


_services = itertools.count()


def scenario():
    n = next(_services)
    return parse_listen(f"10.0.{n % 250}.{n % 200 + 1}:{1024 + n % 60000}")
