"""CI notifications: the mailer renders `string.Template` sources and keeps
the rendered bodies in a dict default, so a burst of identical alerts is
formatted once. The branded subclass adds its footer and defers to super();
the cache key is the whole context, and every alert has its own recipient
and build number."""
import itertools
import string

_ids = itertools.count()
TEMPLATES = {
    "build_failed": "Hi $name, build $build failed on $branch. $brand",
    "build_fixed": "Hi $name, build $build is green again on $branch. $brand",
}


class Mailer:
    def render(self, name, context, _rendered={}):  # expect: HL101 confirmed
        key = (name, tuple(sorted(context.items())))
        if key not in _rendered:
            _rendered[key] = string.Template(TEMPLATES[name]).substitute(context)
        return _rendered[key]


class BrandedMailer(Mailer):
    def __init__(self, brand):
        self.brand = brand

    def render(self, name, context):
        return super().render(name, dict(context, brand="-- " + self.brand))


def scenario():
    n = next(_ids)
    mailer = BrandedMailer("Builds Inc.")
    name = "build_failed" if n % 2 else "build_fixed"
    return mailer.render(name, {"name": "dev%d" % n, "build": n, "branch": "main"})
