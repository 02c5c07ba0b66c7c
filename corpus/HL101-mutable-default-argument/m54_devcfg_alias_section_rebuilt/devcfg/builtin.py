"""Settings every user starts from, before their rc file is read."""


def builtin_settings():
    return {
        "core": {"editor": "vi", "pager": "less -FRX", "autocrlf": "input"},
        "color": {"ui": "auto", "diff": "auto"},
        "alias": {"st": "status -sb", "co": "checkout", "br": "branch -vv"},
    }
