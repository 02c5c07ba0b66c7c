"""Tree formats: XML, HTML and YAML walk the children; XML guards against cycles."""
from .base import Exporter


class XmlExporter(Exporter):
    fmt = "xml"
    tag = "record"

    def encode(self, record, seen):
        if record["id"] in seen:
            raise ValueError(f"cycle through {record['id']}")
        seen.append(record["id"])
        inner = "".join(self.encode(child, seen) for child in record.get("children", ()))
        return f'<{self.tag} id="{record["id"]}" total="{record.get("total", 0)}">{inner}</{self.tag}>'


class HtmlExporter(XmlExporter):
    fmt = "html"
    tag = "div"

    def encode(self, record, seen):
        return f"<section>{super().encode(record, seen)}</section>"


class YamlExporter(Exporter):
    fmt = "yaml"

    def encode(self, record, seen, depth=0):
        pad = "  " * depth
        lines = [f"{pad}- id: {record['id']}", f"{pad}  total: {record.get('total', 0)}"]
        lines += [self.encode(child, seen, depth + 1) for child in record.get("children", ())]
        return "\n".join(lines)
