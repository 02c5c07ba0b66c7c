from site_runtime import hooks


def add_footer(text):
    return text + "\n-- generated"


hooks.connect("render", add_footer)
