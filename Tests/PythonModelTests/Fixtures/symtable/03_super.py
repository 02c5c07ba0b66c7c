class Base:
    def hello(self):
        return 1
class Child(Base):
    def hello(self):
        return super().hello()
    def nested(self):
        def inner():
            return __class__
        return inner
    def comp(self):
        return [super().hello() for _ in range(2)]
    def plain(self):
        return 1
class NoSuper:
    def m(self):
        return 2
