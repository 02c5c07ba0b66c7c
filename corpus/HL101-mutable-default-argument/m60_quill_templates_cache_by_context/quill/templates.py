from string import Template

SOURCES = {
    "home": "<h1>Hello, $user</h1><p>You have $count new messages.</p>",
    "message": "<h1>$subject</h1><p>From $sender</p><div>$body</div>",
    "missing": "<h1>Not found</h1><p>No page at $path</p>",
}


def _compile(name):
    return Template(SOURCES[name])


def render(name, context, _compiled={}):  # expect: HL101 confirmed
    key = name, tuple(sorted(context.items()))
    template = _compiled.get(key)
    if template is None:
        template = _compiled[key] = _compile(name)
    return template.substitute(context)
