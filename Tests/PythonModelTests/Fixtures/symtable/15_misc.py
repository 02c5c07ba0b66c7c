x = 1
def params(a, b, /, c, *, d, e=2, **f):
    del a
    print(b, c, d, e, f)
def annotations_only():
    v: int
    return v
class Meta(type):
    pass
class WithKw(object, metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
def star_assign():
    first, *middle, last = range(5)
    return first, middle, last
def cond_scope(flag):
    if flag:
        import sys as flag_sys
    else:
        flag_sys = None
    return flag_sys
def walrus_plain():
    if (n := 10) > 5:
        return n
def call_gen(it):
    return sum(v for v in it)
