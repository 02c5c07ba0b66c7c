"""Order desk: each order goes to the ERP as XML; its shipment notice uses the format the client picked."""
import itertools

from exporters import Exporter, get_exporter

FORMATS = sorted(Exporter.registry)

_orders = itertools.count()


def order(n):
    lines = [{"id": f"line-{n}-{i}", "total": (n + i) % 97} for i in range(3)]
    return {"id": f"order-{n}", "total": sum(line["total"] for line in lines), "children": lines}


def shipment(n, lines):
    parcels = [{"id": f"parcel-{n}-{i}", "total": len(lines) - i} for i in range(2)]
    return {"id": f"shipment-{n}", "total": len(lines), "children": parcels}


def scenario():
    n = next(_orders)
    record = order(n)
    erp = get_exporter("xml").export(record)
    notice = get_exporter(FORMATS[n % len(FORMATS)]).export_many([shipment(n, record["children"])])
    return len(erp) + len(notice)
