"""CMS: slugify() turns a page title into a URL slug using the site's slug
options (separator and punctuation table for str.translate); it checks the
slug against the slugs the options have already handed out."""
import itertools

_pages = itertools.count()


class SlugOptions:
    def __init__(self, separator="-"):
        self.separator = separator
        self.table = {ord(ch): " " for ch in "_/.,:;!?"}
        self.taken = []

    def use_separator(self, separator):
        self.separator = separator

    def claim(self, slug):
        self.taken.append(slug)
        return slug


def slugify(title, opts=SlugOptions()):  # expect: HL101 refuted
    opts.use_separator("-")
    slug = opts.separator.join(title.translate(opts.table).lower().split())
    if slug in opts.taken:
        slug = f"{slug}{opts.separator}{opts.taken.count(slug) + 1}"
    return slug


def scenario():
    n = next(_pages)
    return slugify(f"Release notes: v{n}.0 / {('api', 'cli', 'sdk')[n % 3]}")
