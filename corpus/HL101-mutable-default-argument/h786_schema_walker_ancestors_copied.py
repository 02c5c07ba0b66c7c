"""JSON-schema tooling: `walk()` lists the property paths of a schema and
guards against `$ref` cycles with the set of ancestor names. Each recursive
call gets `ancestors | {name}`, a new set, so the default set is only read
and stays empty."""
import itertools

_schemas = itertools.count()


def walk(node, prefix="", ancestors=set()):  # expect: HL101 refuted
    name = node["title"]
    if name in ancestors:
        return [prefix + "<cycle>"]
    paths = []
    for key, child in node.get("properties", {}).items():
        path = prefix + key
        paths.append(path)
        if "properties" in child:
            paths.extend(walk(child, path + ".", ancestors | {name}))
    return paths


def scenario():
    n = next(_schemas)
    address = {"title": "Address-%d" % n, "properties": {"street": {}, "zip": {}}}
    order = {"title": "Order-%d" % n,
             "properties": {"id": {}, "ship_to": address, "bill_to": address}}
    return walk(order)
