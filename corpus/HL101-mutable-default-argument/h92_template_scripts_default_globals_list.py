"""Template engine: render() merges the page context over a copy of the site globals and collects the <script> tags pages require."""
import itertools
import re

_VAR = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def script_tags(sources):
    return "".join(f'<script src="{src}" defer></script>' for src in sources)


def render(source, context, globals_={"site": "shop.example", "lang": "en", "scripts": ["/static/app.js"]}):  # expect: HL101 confirmed
    scope = dict(globals_)
    scope.update((key, value) for key, value in context.items() if key != "require")
    scripts = scope.setdefault("scripts", [])
    for src in context.get("require", ()):
        if src in scripts:
            continue
        scripts.append(src)
    body = _VAR.sub(lambda m: str(scope.get(m.group(1), "")), source)
    return f"<html lang=\"{scope['lang']}\">{body}{script_tags(scripts)}</html>"


_products = itertools.count()


def scenario():
    n = next(_products)
    sku = f"SKU-{n:05d}"
    context = {"title": f"Product {sku}", "price": f"{n % 90 + 9}.99", "require": ["/static/app.js", f"/widgets/{sku}.js"]}
    return render("<h1>{{ title }}</h1><p>{{ price }} on {{ site }}</p>", context)
