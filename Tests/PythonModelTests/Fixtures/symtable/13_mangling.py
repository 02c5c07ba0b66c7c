class Foo:
    __secret = 1
    def __private(self):
        __local = 2
        return __local, self.__secret
    def uses(self):
        __x = 1
        def inner():
            return __x
        return inner
class _Under:
    __v = 1
