"""JSON-schema tooling: `walk()` lists the property paths of a schema and
guards against `$ref` cycles with the set of visited schema names. The same
set is passed down to every recursive call and added to in place, so each
schema title walked from the top-level call stays in the default set."""
import itertools

_schemas = itertools.count()


def walk(node, prefix="", visited=set()):  # expect: HL101 confirmed
    name = node["title"]
    if name in visited:
        return [prefix + "<seen>"]
    visited.add(name)
    paths = []
    for key, child in node.get("properties", {}).items():
        path = prefix + key
        paths.append(path)
        if "properties" in child:
            paths.extend(walk(child, path + ".", visited))
    return paths


def scenario():
    n = next(_schemas)
    address = {"title": "Address-%d" % n, "properties": {"street": {}, "zip": {}}}
    order = {"title": "Order-%d" % n,
             "properties": {"id": {}, "ship_to": address, "bill_to": address}}
    return walk(order)
