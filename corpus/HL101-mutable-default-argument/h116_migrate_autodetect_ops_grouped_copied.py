"""Migration autodetector: the operations of a schema diff are grouped per
model so that each model's changes become one migration. They are grouped
into the `by_model` defaultdict default and handed out as copies, so every
diff's models and operations stay in the default."""
import collections
import itertools

_ids = itertools.count()


def group_operations(operations, by_model=collections.defaultdict(list)):  # expect: HL101 confirmed
    for op in operations:
        by_model[op["model"]].append(op)
    return {model: list(ops) for model, ops in sorted(by_model.items())}


def diff(old, new):
    for model, fields in sorted(new.items()):
        for field in sorted(set(fields) - set(old.get(model, ()))):
            yield {"op": "AddField", "model": model, "field": field, "type": fields[field]}
        for field in sorted(set(old.get(model, ())) - set(fields)):
            yield {"op": "RemoveField", "model": model, "field": field}


def scenario():
    n = next(_ids)
    old = {"Order%d" % n: {"id": "int", "total": "decimal"}, "Line%d" % n: {"id": "int"}}
    new = {"Order%d" % n: {"id": "int", "paid_at": "datetime"}, "Line%d" % n: {"id": "int", "sku": "str"}}
    return {model: len(ops) for model, ops in group_operations(diff(old, new)).items()}
