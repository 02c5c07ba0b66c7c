"""CI notifications: the mailer compiles `string.Template` sources once and
keeps the compiled templates in a dict default keyed by template name, then
substitutes each alert's context. The branded subclass adds its footer and
defers to super(); there are only two template names."""
import itertools
import string

_ids = itertools.count()
TEMPLATES = {
    "build_failed": "Hi $name, build $build failed on $branch. $brand",
    "build_fixed": "Hi $name, build $build is green again on $branch. $brand",
}


class Mailer:
    def render(self, name, context, _compiled={}):  # expect: HL101 refuted
        if name not in _compiled:
            _compiled[name] = string.Template(TEMPLATES[name])
        return _compiled[name].substitute(context)


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
