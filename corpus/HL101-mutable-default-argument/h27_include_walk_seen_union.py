"""Config include resolver: walks a tree of include nodes built per run and flattens it, refusing include cycles."""
import itertools


class Include:
    def __init__(self, path, lines, children=()):
        self.path = path
        self.lines = lines
        self.children = list(children)


def flatten(node, seen=set()):  # expect: HL101 refuted
    if node.path in seen:
        raise ValueError(f"include cycle at {node.path}")
    seen = seen | {node.path}
    lines = [f"# from {node.path}"] + node.lines
    for child in node.children:
        lines.extend(flatten(child, seen))
    return lines


_sites = itertools.count()


def scenario():
    n = next(_sites)
    leaf = Include(f"conf.d/{n}/b/tls.conf", [f"ssl_cert /etc/ssl/site{n}.pem"])
    root = Include(f"site{n}.conf", [f"server_name site{n}.example"], [
        Include(f"conf.d/{n}/a.conf", ["gzip on"]),
        Include(f"conf.d/{n}/b.conf", ["listen 443"], [leaf]),
    ])
    return "\n".join(flatten(root))
