"""Service registry: a port string is parsed in try/except/else; only a successful parse (the normal case) is remembered per service."""
import itertools


def parse_port(service, raw, _ports={}):  # expect: HL101 confirmed
    text = raw.strip().removeprefix(":")
    try:
        port = int(text)
    except ValueError:
        return None
    else:
        if not 0 < port < 65536:
            return None
        _ports[service] = port
        return port
    finally:
        text = None


_services = itertools.count()


def scenario():
    n = next(_services)
    return parse_port(f"svc-{n}.internal", f" :{8000 + n % 1000} ")
