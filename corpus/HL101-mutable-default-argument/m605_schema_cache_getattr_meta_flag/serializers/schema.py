"""Schemas are derived from a model's fields; a model whose Meta turns
cache_schema on keeps its schema in the schema cache."""


def schema_for(model, _schemas={}):  # expect: HL101 refuted
    meta = getattr(model, "Meta", None)
    cached = _schemas.get(model.__name__)
    if cached is not None:
        return cached
    schema = {"fields": list(model.fields), "ordering": getattr(meta, "ordering", ())}
    if meta is not None and getattr(meta, "cache_schema", False):
        _schemas[model.__name__] = schema
    return schema
