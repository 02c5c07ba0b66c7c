from inkwell import Environment

from . import plugins

TEMPLATES = {
    "post": '<h1>{{ title|smartquotes }}</h1><a href="{{ path|absolute }}">link</a>',
}


def make_env(config, extensions=(plugins,)):
    env = Environment(TEMPLATES)
    for ext in extensions:
        ext.setup(env, config)
    return env


def render_post(post, base_url):
    env = make_env({"base_url": base_url})
    return env.render("post", **post)
