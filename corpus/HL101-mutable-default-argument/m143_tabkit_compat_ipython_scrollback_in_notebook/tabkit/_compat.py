"""Environment probes, evaluated once at import."""
try:
    __IPYTHON__  # noqa: F821 -- set in builtins by IPython
except NameError:
    IN_IPYTHON = False
else:
    IN_IPYTHON = True


def show_html(markup):
    from IPython.display import HTML, display  # only imported inside IPython

    display(HTML(markup))
