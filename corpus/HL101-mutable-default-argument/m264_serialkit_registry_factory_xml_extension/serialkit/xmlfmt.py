"""XML serializer: keeps the namespace map inside the options it is given."""
from serialkit.base import Serializer


class XmlSerializer(Serializer, extension=".xml"):
    def configure(self, options):
        self.nsmap = options.setdefault("nsmap", {})

    def dumps(self, record):
        ns = record["ns"]
        self.nsmap[ns] = f"urn:example:tenant:{ns}"
        fields = "".join(f"<{ns}:{k}>{v}</{ns}:{k}>" for k, v in record.items() if k != "ns")
        return f'<{ns}:record xmlns:{ns}="{self.nsmap[ns]}">{fields}</{ns}:record>'
