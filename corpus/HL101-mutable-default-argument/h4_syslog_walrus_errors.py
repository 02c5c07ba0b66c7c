"""Log shipper: parses syslog lines with the walrus operator and keeps ERROR messages in a default list."""
import itertools


def ingest(line, errors=[]):  # expect: HL101 confirmed
    if (level := line.partition(" ")[0]) == "ERROR" and (msg := line.partition(" ")[2]):
        errors.append(msg)
    return level


_lines = itertools.count()


def scenario():
    n = next(_lines)
    ingest(f"{('INFO', 'ERROR', 'WARN')[n % 3]} worker-{n % 8} request {n} failed after {n % 30}ms")
