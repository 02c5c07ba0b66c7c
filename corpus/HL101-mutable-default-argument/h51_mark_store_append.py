"""Mark decorators that store marks on test functions, pytest style."""
import itertools
_ids = itertools.count()


class Mark:
    def __init__(self, name, args=(), kwargs=None):
        self.name, self.args, self.kwargs = name, tuple(args), dict(kwargs or {})


# heaplint-todo: the list is kept as an attribute of the decorated object (`obj.pytestmark`), which code heaplint cannot see may read (heaplint: unknown)
def get_unpacked_marks(obj, default=[]):  # expect: HL101 confirmed
    mark_list = getattr(obj, "pytestmark", default)
    if not isinstance(mark_list, list):
        mark_list = [mark_list]
    return mark_list


def store_mark(obj, mark):
    marks = get_unpacked_marks(obj)
    marks.append(mark)
    obj.pytestmark = marks


class MarkGenerator:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        def mark_decorator(*args, **kwargs):
            def apply(func):
                store_mark(func, Mark(name, args, kwargs))
                return func
            return apply
        return mark_decorator


mark = MarkGenerator()

def scenario():
    n = next(_ids)

    @mark.parametrize("value", (n, n + 1))
    @mark.timeout(n % 30)
    def test_case(value):
        assert value >= 0
    return [m.args for m in get_unpacked_marks(test_case) if m.name == "timeout"]
