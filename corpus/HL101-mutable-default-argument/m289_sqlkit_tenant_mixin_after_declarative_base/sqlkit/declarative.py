"""Base: `__table_args__` is a class attribute each model or mixin may
override; query_options() merges it with per-query options via the
apply_table_args() hook."""


class Base:
    __table_args__ = {}

    def __init__(self, **columns):
        self.__dict__.update(columns)

    def query_options(self, options={}):  # expect: HL101 refuted
        return self.apply_table_args(options)

    def apply_table_args(self, options):
        return {**self.__table_args__, **options}
