"""Survey exports: each survey gets a record class; fields ending in `?` may be left out."""
import itertools
import types


class Record:
    fields = ()

    # heaplint-todo: the __init_subclass__ hook is run on its class with a namespace of its own; the record classes made per call are not told apart from those code heaplint cannot see makes (unknown, not confirmed)
    def __init_subclass__(cls, fields=(), optional=[], **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.fields = tuple(f.rstrip("?") for f in fields)
        optional += [f[:-1] for f in fields if f.endswith("?")]
        cls.optional = optional

    def __init__(self, **values):
        for name in self.fields:
            if name not in values and name not in self.optional:
                raise TypeError(f"{type(self).__name__} needs {name!r}")
        self.values = {name: values.get(name) for name in self.fields}


def record_type(survey_id, questions):
    columns = ("respondent", "submitted", *(f"{q}?" for q in questions))
    return types.new_class(f"Survey{survey_id}", (Record,), {"fields": columns})


_surveys = itertools.count()


def scenario():
    n = next(_surveys)
    Row = record_type(n, [f"q{n}_rating", f"q{n}_comment"])
    row = Row(respondent=f"r{n}", submitted="2024-05-01", **{f"q{n}_rating": n % 5})
    return row.values
