"""Form field validators are callable objects stored in a class-level table.
MaxLength collects its complaint into an `errors` list that defaults to a
shared list, but it rebinds `errors = errors + [...]` instead of appending,
so the default list itself stays empty."""
import itertools

_posts = itertools.count()


class MaxLength:
    def __init__(self, limit):
        self.limit = limit

    # heaplint-todo: it flows into the callers it is returned to, which heaplint cannot see (heaplint: unknown)
    def __call__(self, value, errors=[]):  # expect: HL101 refuted
        if len(value) > self.limit:
            errors = errors + [f"{value[:24]!r}... is longer than {self.limit}"]
        return errors


class CommentForm:
    FIELDS = {"title": MaxLength(20), "body": MaxLength(40)}

    def clean(self, data):
        problems = {}
        for field, check in self.FIELDS.items():
            found = check(data[field])
            if found:
                problems[field] = found[-1]
        return problems


def scenario():
    n = next(_posts)
    return CommentForm().clean({"title": f"A rather long comment title number {n}",
                                "body": f"short body {n}"})
