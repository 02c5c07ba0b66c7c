"""Template filters for the blog, installed on each build's environment."""


def setup(env, config):
    @env.filter("smartquotes")
    def smartquotes(text):
        return text.replace('"', "\u201c", 1).replace('"', "\u201d", 1)

    @env.filter("absolute")
    def absolute(path):
        return config["base_url"].rstrip("/") + path

    @env.filter("upper")
    def upper(text):
        return text.upper()
