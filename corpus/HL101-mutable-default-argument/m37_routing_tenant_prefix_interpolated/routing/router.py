import re

_PLACEHOLDER = re.compile(r"<(\w+)>")


class Router:
    def __init__(self, prefix="", url_map={}):  # expect: HL101 confirmed
        self.prefix = prefix.rstrip("/")
        self.url_map = url_map

    def route(self, rule, methods=("GET",)):
        full_rule = self.prefix + "/" + rule.lstrip("/")

        def decorator(view):
            for method in methods:
                self.url_map[(method.upper(), full_rule)] = view
            return view

        return decorator

    def match(self, method, path):
        for (verb, rule), view in self.url_map.items():
            if verb != method:
                continue
            pattern = _PLACEHOLDER.sub(r"(?P<\1>[^/]+)", rule)
            found = re.fullmatch(pattern, path)
            if found:
                return view, found.groupdict()
        return None, {}
