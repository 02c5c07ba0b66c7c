import htmlkit as hk

__all__ = ["button", "KINDS"]

KINDS = ("primary", "secondary", "danger")


def button(label, kind="primary", classes=["btn"], **data):  # expect: HL101 refuted
    if kind not in KINDS:
        raise ValueError(f"unknown button kind {kind!r}")
    hk.attrs.add_class(classes, f"btn-{kind}")
    attributes = {"type": "button", "class": classes}
    attributes.update({f"data-{key}": value for key, value in data.items()})
    return f"<button{hk.attrs.render(attributes)}>{hk.escape(label)}</button>"
