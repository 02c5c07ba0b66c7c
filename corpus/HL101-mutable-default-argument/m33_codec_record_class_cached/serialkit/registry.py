ENCODERS = {}


def register(*types):
    def decorator(func):
        for cls in types:
            ENCODERS[cls] = func
        return func
    return decorator


def encoder_for(cls, _resolved={}):  # expect: HL101 refuted
    try:
        return _resolved[cls]
    except KeyError:
        pass
    for base in cls.__mro__:
        func = ENCODERS.get(base)
        if func is not None:
            break
    else:
        raise TypeError("Object of type %s is not serializable" % cls.__name__)
    _resolved[cls] = func
    return func
