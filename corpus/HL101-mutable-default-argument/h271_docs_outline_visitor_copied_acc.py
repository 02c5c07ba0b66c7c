"""Docs build: OutlineVisitor turns a parsed page into a table of contents.
visit() dispatches on the node kind to a visit_<kind> method; the document
visitor threads one accumulator through its children's visitors."""
import itertools

_pages = itertools.count()


class OutlineVisitor:
    def visit(self, node):
        return getattr(self, "visit_" + node["kind"])(node)

    def visit_document(self, node, acc=[]):  # expect: HL101 refuted
        acc = list(acc)
        for child in node["children"]:
            getattr(self, "visit_" + child["kind"])(child, acc)
        return acc

    def visit_heading(self, node, acc):
        acc.append((node["level"], node["text"]))
        return acc

    def visit_paragraph(self, node, acc):
        return acc


def scenario():
    n = next(_pages)
    page = {"kind": "document", "children": [
        {"kind": "heading", "level": 1, "text": f"Release {n}"},
        {"kind": "paragraph", "text": f"Changes shipped in build {n}."},
        {"kind": "heading", "level": 2, "text": f"Upgrading to {n}"},
    ]}
    return len(OutlineVisitor().visit(page))
