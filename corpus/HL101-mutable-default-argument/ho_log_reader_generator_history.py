"""Access-log reader: a generator that parses lines and keeps them for replay."""
import itertools


def read_records(lines, history=[]):  # expect: HL101 confirmed
    for line in lines:
        history.append(line)
        method, path, status = line.split()
        yield {"method": method, "path": path, "status": int(status)}


_lines = itertools.count()


def scenario():
    n = next(_lines)
    batch = [f"GET /items/{n} 200", f"POST /cart/{n} 201"]
    return sum(1 for rec in read_records(batch) if rec["status"] < 300)
