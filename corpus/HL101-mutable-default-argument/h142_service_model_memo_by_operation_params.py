"""SDK service layer: a decorator memoises operation models built from the
service description; its cache dict is a default argument of the decorator,
shared by every decorated loader through the wrapper closure. The key also
folds in the call's parameters, so every distinct table name is a new entry."""
import functools
import itertools

_ids = itertools.count()
_SERVICE = {"ListTables": ["Limit", "ExclusiveStartTableName"],
            "DescribeTable": ["TableName"],
            "Query": ["TableName", "KeyConditionExpression", "Limit"]}


def memoize_model(loader, _cache={}):  # expect: HL101 confirmed
    @functools.wraps(loader)
    def wrapper(operation, **params):
        key = (loader.__name__, operation, frozenset(params.items()))
        if key not in _cache:
            _cache[key] = loader(operation)
        return _cache[key]
    return wrapper


@memoize_model
def operation_model(operation):
    return {"name": operation, "members": tuple(_SERVICE[operation]), "http": "POST /"}


def scenario():
    n = next(_ids)
    op = sorted(_SERVICE)[n % 3]
    model = operation_model(op, TableName=f"events-{n}", Limit=25)
    return "{http} {name} ({0} members)".format(len(model["members"]), **model)
