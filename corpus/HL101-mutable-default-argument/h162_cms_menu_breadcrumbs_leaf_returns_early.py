"""CMS navigation: builds the breadcrumb trail of every leaf page in a menu
tree. The recursive walker shares one `trail` list default, appending each
page title on the way down and popping it after the children. The leaf
branch returns early without popping, so every leaf title of every menu
walked stays in the list."""
import itertools

_ids = itertools.count()


def leaf_breadcrumbs(page, out, trail=[]):  # expect: HL101 confirmed
    trail.append(page["title"])
    if not page.get("children"):
        out.append(" > ".join(trail))
        return out
    for child in page["children"]:
        leaf_breadcrumbs(child, out, trail)
    trail.pop()
    return out


def build_menu(site):
    return {"title": f"{site} home", "children": [
        {"title": f"{site} docs", "children": [
            {"title": f"{site} install guide"}, {"title": f"{site} api reference"}]},
        {"title": f"{site} blog"},
    ]}


def scenario():
    n = next(_ids)
    return len(leaf_breadcrumbs(build_menu(f"site-{n}"), []))
