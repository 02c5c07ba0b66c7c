"""Access-log triage: a regex scanner collects the IPv4 addresses in a
chunk of log text into a `found` list default and returns them sorted and
de-duplicated. `extend` mutates the default in place, so every address
ever scanned stays in the shared list."""
import itertools
import re

_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_ids = itertools.count()


def scan_ips(text, found=[]):  # expect: HL101 confirmed
    found.extend(_IPV4.findall(text))
    return sorted(set(found))


def scenario():
    n = next(_ids)
    client = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
    text = (
        f'{client} - - [12/Mar/2024:10:{n % 60:02d}:00] "GET /orders/{n} HTTP/1.1" 200\n'
        f'172.16.0.1 - - [12/Mar/2024:10:{n % 60:02d}:01] "GET /health HTTP/1.1" 204\n'
    )
    return len(scan_ips(text))
