"""Form field validators are callable objects stored in a class-level table.
MaxLength collects its complaint into an `errors` list that defaults to a
shared list and appends to it; the form never passes its own list, so every
too-long title's message stays in the default."""
import itertools

_posts = itertools.count()


class MaxLength:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value, errors=[]):  # expect: HL101 confirmed
        if len(value) > self.limit:
            errors.append(f"{value[:24]!r}... is longer than {self.limit}")
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
