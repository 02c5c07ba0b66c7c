"""Cookie helpers and the process-wide jar used by clients that bring none."""
JAR = {}


def parse_set_cookie(header):
    name, _, rest = header.partition("=")
    return name.strip(), rest.split(";", 1)[0].strip()
