"""Template filters for the blog, installed on each build's environment."""


def smartquotes(text):
    return text.replace('"', "\u201c", 1).replace('"', "\u201d", 1)


def trailing_slash(path):
    return path if path.endswith("/") else path + "/"


def upper(text):
    return text.upper()


def setup(env, config):
    env.filter("smartquotes")(smartquotes)
    env.filter("trailing_slash")(trailing_slash)
    env.filter("upper")(upper)
