"""Model options: the library defaults overlaid by the model's ``Meta``; each
field listed in ``Meta.indexed`` adds an index name to ``indexes``."""

DEFAULTS = {"ordering": (), "db_table": None, "indexes": []}


class Options:
    def __init__(self, meta, defaults=DEFAULTS):  # expect: HL101 confirmed
        opts = dict(defaults)
        for name in ("ordering", "db_table"):
            if hasattr(meta, name):
                opts[name] = getattr(meta, name)
        table = opts["db_table"]
        opts["indexes"].extend("%s_%s_idx" % (table, f) for f in getattr(meta, "indexed", ()))
        self.__dict__.update(opts)
