def handlers(_table={}):  # expect: HL101 confirmed
    return _table


def handles(*media_types):
    def register(fn):
        for media in media_types:
            handlers()[media] = fn
        return fn

    return register


def raw(body):
    return body


def parse(content_type, body):
    table = handlers()
    fn = table.get(content_type)
    if fn is None:
        media = content_type.partition(";")[0].strip().lower()
        fn = table[content_type] = table.get(media, raw)
    return fn(body)
