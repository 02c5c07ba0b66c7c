"""Batch job submission: tags are checked by a module-level SequenceOf
validator (it only iterates and calls isinstance), then the WithOwner
converter adds an owner tag in place. `tags.append` writes into the list it
was handed, which is the shared default, so every job's owner piles up there."""
import itertools

_jobs = itertools.count()


class SequenceOf:
    def __init__(self, item_check):
        self.item_check = item_check

    def __call__(self, value):
        return isinstance(value, list) and all(self.item_check(v) for v in value)


class WithOwner:
    def __call__(self, tags, owner):
        tags.append(f"owner:{owner}")
        return tags


is_list_of_strings = SequenceOf(lambda v: isinstance(v, str))
with_owner = WithOwner()


def submit_job(name, owner, tags=[]):  # expect: HL101 confirmed
    if not is_list_of_strings(tags):
        raise TypeError("tags must be a list of strings")
    return {"name": name, "tags": tuple(with_owner(tags, owner))}


def scenario():
    n = next(_jobs)
    return submit_job(f"nightly-rebuild-{n}", f"team-platform-oncall-{n}")
