import itertools

_ids = itertools.count()
META_SCHEMAS = {"https://json-schema.org/draft/2020-12/schema": {"type": "object"}}


class RefResolutionError(LookupError):
    """A $ref could not be resolved against the resolver's store."""


class RefResolver:
    def __init__(self, base_uri, referrer, store={}, cache_remote=True):  # expect: HL101 confirmed
        self.base_uri = base_uri
        self.store = store
        self.store |= META_SCHEMAS
        self.store[base_uri] = referrer

    def resolve(self, ref):
        url, _, fragment = ref.partition("#")
        try:
            document = self.store[url or self.base_uri]
        except KeyError:
            raise RefResolutionError(f"unresolvable reference: {url}") from None
        for part in filter(None, fragment.split("/")):
            document = document[part.replace("~1", "/").replace("~0", "~")]
        return url, document


def validate(instance, schema):
    resolver = RefResolver(schema.get("$id", ""), schema)
    errors = []
    for name, subschema in schema.get("properties", {}).items():
        if "$ref" in subschema:
            _, subschema = resolver.resolve(subschema["$ref"])
        if name in instance and not isinstance(instance[name], {"string": str, "integer": int}[subschema["type"]]):
            errors.append(f"{name}: expected {subschema['type']}")
    return errors


def scenario():
    n = next(_ids)
    schema = {"$id": f"https://example.com/schemas/order-{n}.json", "$defs": {"qty": {"type": "integer"}},
              "properties": {"sku": {"type": "string"}, "qty": {"$ref": "#/$defs/qty"}}}
    return validate({"sku": f"SKU-{n}", "qty": "three" if n % 5 else n}, schema)
