"""HTTP/1.1 response parser: header lines become a name -> [values] dict seeded with protocol defaults."""
import itertools


def parse_headers(block, defaults={"connection": ["keep-alive"]}):  # expect: HL101 refuted
    headers = {name: list(values) for name, values in defaults.items()}
    last = None
    for line in block.split("\r\n"):
        if not line:
            break
        if line[0] in " \t" and last is not None:
            headers[last][-1] += " " + line.strip()
            continue
        name, _, value = line.partition(":")
        last = name.strip().lower()
        headers.setdefault(last, []).append(value.strip())
    return headers


def parse_response(raw):
    head, _, body = raw.partition("\r\n\r\n")
    status_line, _, rest = head.partition("\r\n")
    _, code, reason = status_line.split(" ", 2)
    return int(code), reason, parse_headers(rest), body


_responses = itertools.count()


def scenario():
    n = next(_responses)
    raw = (f"HTTP/1.1 200 OK\r\nContent-Length: {n % 900}\r\nConnection: close\r\n"
           f"X-Trace: span-{n}\r\n  parent-{n // 2}\r\n\r\nbody-{n}")
    code, _, headers, body = parse_response(raw)
    return code, headers["connection"], body
