"""Blog tagging: Tag objects are interned per name by a classmethod so equal tags share one object."""
import dataclasses
import itertools
import weakref


class Tag:
    __slots__ = ("name", "slug", "__weakref__")

    def __init__(self, name):
        self.name = name
        self.slug = "-".join(name.lower().split())

    @classmethod
    def get(cls, name, _pool={}):  # expect: HL101 confirmed
        tag = _pool.get(name)
        if tag is None:
            tag = _pool[name] = cls(name)
        return tag


@dataclasses.dataclass
class Post:
    title: str
    tags: list = dataclasses.field(default_factory=list)

    def tag(self, *names):
        self.tags.extend(Tag.get(n) for n in names)
        return self


_posts = itertools.count()


def scenario():
    n = next(_posts)
    post = Post(f"Weekly notes {n}").tag("python", f"Week {n}")
    return [t.slug for t in post.tags]
