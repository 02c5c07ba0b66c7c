import orm.session as sessions


def get(session: sessions.Session, model, pk, loader):
    key = (model.__name__, pk)
    obj = session.identity_map.get(key)
    if obj is None:
        obj = session.merge(key, model(**loader(pk)))
    return obj
