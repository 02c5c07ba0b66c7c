"""JSON-Schema style `$ref` inlining: `resolve` replaces each reference with
its definition and uses `_seen` to stop on recursive refs. The set is the
default and refs are added but never removed, so each document's ref names
(its definitions are versioned per document) pile up in the shared set."""
import itertools

_docs = itertools.count()


def resolve(node, defs, _seen=set()):  # expect: HL101 confirmed
    if isinstance(node, list):
        return [resolve(item, defs, _seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if ref is not None:
        if ref in _seen:
            return {"$recursive": ref}
        _seen.add(ref)
        return resolve(defs[ref.rpartition("/")[2]], defs, _seen)
    return {key: resolve(value, defs, _seen) for key, value in node.items()}


def scenario():
    v = next(_docs)
    defs = {f"Address_v{v}": {"type": "object", "properties": {"city": {"type": "string"}}},
            f"Node_v{v}": {"type": "object", "properties": {"next": {"$ref": f"#/defs/Node_v{v}"}}}}
    doc = {"type": "object", "properties": {"home": {"$ref": f"#/defs/Address_v{v}"},
                                            "tree": {"$ref": f"#/defs/Node_v{v}"}},
           "required": ["home"]}
    return resolve(doc, defs)
