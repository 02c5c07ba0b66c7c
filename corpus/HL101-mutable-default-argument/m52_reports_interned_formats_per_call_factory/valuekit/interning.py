"""Value objects built from equal arguments are one shared object."""


class Interned(type):
    def __call__(cls, *args, _pool={}):  # expect: HL101 confirmed
        key = (cls, args)
        instance = _pool.get(key)
        if instance is None:
            instance = _pool[key] = super().__call__(*args)
        return instance
